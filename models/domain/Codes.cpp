// SPDX-FileCopyrightText: 2026 The Verdes authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Codes.h"

#include <array>

namespace verdes {

namespace {

// DOMAIN.md §3. English source labels; Indonesian in verdes_id.ts (context "Codes").
constexpr CodeDef kFamilyStatus[] = {{0, QT_TRANSLATE_NOOP("Codes", "Matches the KK")},
                                     {1, QT_TRANSLATE_NOOP("Codes", "Parent family")},
                                     {2, QT_TRANSLATE_NOOP("Codes", "Split-off family")}};
constexpr CodeDef kDesil[] = {{1, QT_TRANSLATE_NOOP("Codes", "Decile 1 (poorest)")},
                              {2, QT_TRANSLATE_NOOP("Codes", "Decile 2")},
                              {3, QT_TRANSLATE_NOOP("Codes", "Decile 3")},
                              {4, QT_TRANSLATE_NOOP("Codes", "Decile 4")},
                              {5, QT_TRANSLATE_NOOP("Codes", "Decile 5")},
                              {6, QT_TRANSLATE_NOOP("Codes", "Decile 6")},
                              {7, QT_TRANSLATE_NOOP("Codes", "Decile 7")},
                              {8, QT_TRANSLATE_NOOP("Codes", "Decile 8")},
                              {9, QT_TRANSLATE_NOOP("Codes", "Decile 9")},
                              {10, QT_TRANSLATE_NOOP("Codes", "Decile 10 (richest)")}};
constexpr CodeDef kYesNo[] = {{1, QT_TRANSLATE_NOOP("Codes", "Yes")}, {2, QT_TRANSLATE_NOOP("Codes", "No")}};
constexpr CodeDef kTenure[] = {{1, QT_TRANSLATE_NOOP("Codes", "Own")},
                               {2, QT_TRANSLATE_NOOP("Codes", "Contract or rent")},
                               {3, QT_TRANSLATE_NOOP("Codes", "Rent-free")},
                               {4, QT_TRANSLATE_NOOP("Codes", "Official housing")},
                               {5, QT_TRANSLATE_NOOP("Codes", "Other")},
                               {6, QT_TRANSLATE_NOOP("Codes", "Lodging or shared"), true}};
constexpr CodeDef kLandProof[] = {
    {1, QT_TRANSLATE_NOOP("Codes", "SHM in a member's name")},
    {2, QT_TRANSLATE_NOOP("Codes", "SHM in another name, with written agreement")},
    {3, QT_TRANSLATE_NOOP("Codes", "SHM in another name, without agreement")},
    {4, QT_TRANSLATE_NOOP("Codes", "SHGB or SHSRS")},
    {5, QT_TRANSLATE_NOOP("Codes", "Girik or letter C")},
    {6, QT_TRANSLATE_NOOP("Codes", "None")}};
constexpr CodeDef kFloor[] = {{1, QT_TRANSLATE_NOOP("Codes", "Marble or granite")},
                              {2, QT_TRANSLATE_NOOP("Codes", "Ceramic")},
                              {3, QT_TRANSLATE_NOOP("Codes", "Parquet, vinyl or carpet")},
                              {4, QT_TRANSLATE_NOOP("Codes", "Tile or terrazzo")},
                              {5, QT_TRANSLATE_NOOP("Codes", "Wood or planks")},
                              {6, QT_TRANSLATE_NOOP("Codes", "Cement or red brick")},
                              {7, QT_TRANSLATE_NOOP("Codes", "Bamboo")},
                              {8, QT_TRANSLATE_NOOP("Codes", "Earth")},
                              {9, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kWall[] = {{1, QT_TRANSLATE_NOOP("Codes", "Masonry")},
                             {2, QT_TRANSLATE_NOOP("Codes", "Plastered bamboo or wire")},
                             {3, QT_TRANSLATE_NOOP("Codes", "Wood, gypsum or GRC board")},
                             {4, QT_TRANSLATE_NOOP("Codes", "Woven bamboo")},
                             {5, QT_TRANSLATE_NOOP("Codes", "Logs")},
                             {6, QT_TRANSLATE_NOOP("Codes", "Bamboo")},
                             {7, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kRoof[] = {{1, QT_TRANSLATE_NOOP("Codes", "Concrete")},
                             {2, QT_TRANSLATE_NOOP("Codes", "Clay tiles")},
                             {3, QT_TRANSLATE_NOOP("Codes", "Zinc sheets")},
                             {4, QT_TRANSLATE_NOOP("Codes", "Asbestos")},
                             {5, QT_TRANSLATE_NOOP("Codes", "Wood or shingles")},
                             {6, QT_TRANSLATE_NOOP("Codes", "Bamboo")},
                             {7, QT_TRANSLATE_NOOP("Codes", "Straw, palm fibre or leaves")},
                             {8, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kWaterSource[] = {{1, QT_TRANSLATE_NOOP("Codes", "Bottled water")},
                                    {2, QT_TRANSLATE_NOOP("Codes", "Refill water")},
                                    {3, QT_TRANSLATE_NOOP("Codes", "Piped water")},
                                    {4, QT_TRANSLATE_NOOP("Codes", "Bore or pump well")},
                                    {5, QT_TRANSLATE_NOOP("Codes", "Protected well")},
                                    {6, QT_TRANSLATE_NOOP("Codes", "Unprotected well")},
                                    {7, QT_TRANSLATE_NOOP("Codes", "Protected spring")},
                                    {8, QT_TRANSLATE_NOOP("Codes", "Unprotected spring")},
                                    {9, QT_TRANSLATE_NOOP("Codes", "Surface water (river, lake)")},
                                    {10, QT_TRANSLATE_NOOP("Codes", "Rainwater")},
                                    {11, QT_TRANSLATE_NOOP("Codes", "Other")},
                                    {12, QT_TRANSLATE_NOOP("Codes", "PDAM piped water"), true},
                                    {13, QT_TRANSLATE_NOOP("Codes", "PAMDES village water"), true}};
constexpr CodeDef kSepticDistance[] = {{1, QT_TRANSLATE_NOOP("Codes", "Less than 10 m")},
                                       {2, QT_TRANSLATE_NOOP("Codes", "10 m or more")},
                                       {3, QT_TRANSLATE_NOOP("Codes", "Don't know")}};
constexpr CodeDef kLighting[] = {{1, QT_TRANSLATE_NOOP("Codes", "PLN electricity, metered")},
                                 {2, QT_TRANSLATE_NOOP("Codes", "PLN electricity, unmetered")},
                                 {3, QT_TRANSLATE_NOOP("Codes", "Non-PLN electricity")},
                                 {4, QT_TRANSLATE_NOOP("Codes", "Not electric")}};
constexpr CodeDef kPower[] = {{1, QT_TRANSLATE_NOOP("Codes", "450 W")},
                              {2, QT_TRANSLATE_NOOP("Codes", "900 W")},
                              {3, QT_TRANSLATE_NOOP("Codes", "1,300 W")},
                              {4, QT_TRANSLATE_NOOP("Codes", "2,200 W")},
                              {5, QT_TRANSLATE_NOOP("Codes", "More than 2,200 W")}};
constexpr CodeDef kCookingFuel[] = {{1, QT_TRANSLATE_NOOP("Codes", "Electricity")},
                                    {2, QT_TRANSLATE_NOOP("Codes", "LPG 5.5 kg")},
                                    {3, QT_TRANSLATE_NOOP("Codes", "LPG 12 kg")},
                                    {4, QT_TRANSLATE_NOOP("Codes", "LPG 3 kg")},
                                    {5, QT_TRANSLATE_NOOP("Codes", "Piped gas")},
                                    {6, QT_TRANSLATE_NOOP("Codes", "Biogas")},
                                    {7, QT_TRANSLATE_NOOP("Codes", "Kerosene")},
                                    {8, QT_TRANSLATE_NOOP("Codes", "Briquettes")},
                                    {9, QT_TRANSLATE_NOOP("Codes", "Charcoal")},
                                    {10, QT_TRANSLATE_NOOP("Codes", "Firewood")},
                                    {11, QT_TRANSLATE_NOOP("Codes", "Other")},
                                    {12, QT_TRANSLATE_NOOP("Codes", "No cooking at home")}};
constexpr CodeDef kToiletFacility[] = {{1, QT_TRANSLATE_NOOP("Codes", "Own")},
                                       {2, QT_TRANSLATE_NOOP("Codes", "Shared with given households")},
                                       {3, QT_TRANSLATE_NOOP("Codes", "Communal MCK")},
                                       {4, QT_TRANSLATE_NOOP("Codes", "Public MCK")},
                                       {5, QT_TRANSLATE_NOOP("Codes", "Exists, not used")},
                                       {6, QT_TRANSLATE_NOOP("Codes", "None")}};
constexpr CodeDef kToiletType[] = {{1, QT_TRANSLATE_NOOP("Codes", "Goose-neck")},
                                   {2, QT_TRANSLATE_NOOP("Codes", "Covered squat")},
                                   {3, QT_TRANSLATE_NOOP("Codes", "Uncovered squat")},
                                   {4, QT_TRANSLATE_NOOP("Codes", "Pit")}};
constexpr CodeDef kFaecesDisposal[] = {{1, QT_TRANSLATE_NOOP("Codes", "Septic tank")},
                                       {2, QT_TRANSLATE_NOOP("Codes", "Waste water treatment (IPAL)")},
                                       {3, QT_TRANSLATE_NOOP("Codes", "Pond, field, river or sea")},
                                       {4, QT_TRANSLATE_NOOP("Codes", "Hole in the ground")},
                                       {5, QT_TRANSLATE_NOOP("Codes", "Beach or open ground")},
                                       {6, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kInternetAccess[] = {{0, QT_TRANSLATE_NOOP("Codes", "None")},
                                       {1, QT_TRANSLATE_NOOP("Codes", "Subscription")},
                                       {2, QT_TRANSLATE_NOOP("Codes", "Wi-Fi")},
                                       {3, QT_TRANSLATE_NOOP("Codes", "Mobile data")}};
constexpr CodeDef kBankAccount[] = {{1, QT_TRANSLATE_NOOP("Codes", "For business")},
                                    {2, QT_TRANSLATE_NOOP("Codes", "Personal")},
                                    {3, QT_TRANSLATE_NOOP("Codes", "Business and personal")},
                                    {4, QT_TRANSLATE_NOOP("Codes", "None")}};
constexpr CodeDef kPresence[] = {{1, QT_TRANSLATE_NOOP("Codes", "Lives with the family")},
                                 {2, QT_TRANSLATE_NOOP("Codes", "Deceased")},
                                 {3, QT_TRANSLATE_NOOP("Codes", "Moved within Indonesia")},
                                 {4, QT_TRANSLATE_NOOP("Codes", "Moved abroad")},
                                 {5, QT_TRANSLATE_NOOP("Codes", "New member")},
                                 {6, QT_TRANSLATE_NOOP("Codes", "Not found")}};
constexpr CodeDef kSex[] = {{1, QT_TRANSLATE_NOOP("Codes", "Male")},
                            {2, QT_TRANSLATE_NOOP("Codes", "Female")}};
constexpr CodeDef kMaritalStatus[] = {{1, QT_TRANSLATE_NOOP("Codes", "Single")},
                                      {2, QT_TRANSLATE_NOOP("Codes", "Married")},
                                      {3, QT_TRANSLATE_NOOP("Codes", "Divorced")},
                                      {4, QT_TRANSLATE_NOOP("Codes", "Widowed")}};
constexpr CodeDef kRelationship[] = {{1, QT_TRANSLATE_NOOP("Codes", "Head of family")},
                                     {2, QT_TRANSLATE_NOOP("Codes", "Spouse")},
                                     {3, QT_TRANSLATE_NOOP("Codes", "Child")},
                                     {4, QT_TRANSLATE_NOOP("Codes", "Child-in-law")},
                                     {5, QT_TRANSLATE_NOOP("Codes", "Grandchild")},
                                     {6, QT_TRANSLATE_NOOP("Codes", "Parent or parent-in-law")},
                                     {7, QT_TRANSLATE_NOOP("Codes", "Domestic worker or driver")},
                                     {8, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kReligion[] = {{1, QT_TRANSLATE_NOOP("Codes", "Islam")},
                                 {2, QT_TRANSLATE_NOOP("Codes", "Protestant")},
                                 {3, QT_TRANSLATE_NOOP("Codes", "Catholic")},
                                 {4, QT_TRANSLATE_NOOP("Codes", "Hindu")},
                                 {5, QT_TRANSLATE_NOOP("Codes", "Buddhist")},
                                 {6, QT_TRANSLATE_NOOP("Codes", "Confucian")},
                                 {7, QT_TRANSLATE_NOOP("Codes", "Belief or other")}};
constexpr CodeDef kSchoolParticipation[] = {{1, QT_TRANSLATE_NOOP("Codes", "Never attended school")},
                                            {2, QT_TRANSLATE_NOOP("Codes", "Still in school")},
                                            {3, QT_TRANSLATE_NOOP("Codes", "No longer in school")}};
constexpr CodeDef kSchoolLevel[] = {{1, QT_TRANSLATE_NOOP("Codes", "Paket A")},
                                    {2, QT_TRANSLATE_NOOP("Codes", "SDLB")},
                                    {3, QT_TRANSLATE_NOOP("Codes", "SD")},
                                    {4, QT_TRANSLATE_NOOP("Codes", "MI")},
                                    {5, QT_TRANSLATE_NOOP("Codes", "SPM/PDF Ula")},
                                    {6, QT_TRANSLATE_NOOP("Codes", "Paket B")},
                                    {7, QT_TRANSLATE_NOOP("Codes", "SMPLB")},
                                    {8, QT_TRANSLATE_NOOP("Codes", "SMP")},
                                    {9, QT_TRANSLATE_NOOP("Codes", "MTs")},
                                    {10, QT_TRANSLATE_NOOP("Codes", "SPM/PDF Wustha")},
                                    {11, QT_TRANSLATE_NOOP("Codes", "Paket C")},
                                    {12, QT_TRANSLATE_NOOP("Codes", "SMLB")},
                                    {13, QT_TRANSLATE_NOOP("Codes", "SMA")},
                                    {14, QT_TRANSLATE_NOOP("Codes", "MA")},
                                    {15, QT_TRANSLATE_NOOP("Codes", "SMK")},
                                    {16, QT_TRANSLATE_NOOP("Codes", "MAK")},
                                    {17, QT_TRANSLATE_NOOP("Codes", "SPM/PDF Ulya")},
                                    {18, QT_TRANSLATE_NOOP("Codes", "D1–D3")},
                                    {19, QT_TRANSLATE_NOOP("Codes", "D4/S1")},
                                    {20, QT_TRANSLATE_NOOP("Codes", "Professional programme")},
                                    {21, QT_TRANSLATE_NOOP("Codes", "S2")},
                                    {22, QT_TRANSLATE_NOOP("Codes", "S3")}};
constexpr CodeDef kSchoolGrade[] = {{1, QT_TRANSLATE_NOOP("Codes", "Grade 1")},
                                    {2, QT_TRANSLATE_NOOP("Codes", "Grade 2")},
                                    {3, QT_TRANSLATE_NOOP("Codes", "Grade 3")},
                                    {4, QT_TRANSLATE_NOOP("Codes", "Grade 4")},
                                    {5, QT_TRANSLATE_NOOP("Codes", "Grade 5")},
                                    {6, QT_TRANSLATE_NOOP("Codes", "Grade 6")},
                                    {7, QT_TRANSLATE_NOOP("Codes", "Grade 7")},
                                    {8, QT_TRANSLATE_NOOP("Codes", "Completed")}};
constexpr CodeDef kDiploma[] = {{1, QT_TRANSLATE_NOOP("Codes", "Paket A")},
                                {2, QT_TRANSLATE_NOOP("Codes", "SDLB")},
                                {3, QT_TRANSLATE_NOOP("Codes", "SD")},
                                {4, QT_TRANSLATE_NOOP("Codes", "MI")},
                                {5, QT_TRANSLATE_NOOP("Codes", "SPM/PDF Ula")},
                                {6, QT_TRANSLATE_NOOP("Codes", "Paket B")},
                                {7, QT_TRANSLATE_NOOP("Codes", "SMPLB")},
                                {8, QT_TRANSLATE_NOOP("Codes", "SMP")},
                                {9, QT_TRANSLATE_NOOP("Codes", "MTs")},
                                {10, QT_TRANSLATE_NOOP("Codes", "SPM/PDF Wustha")},
                                {11, QT_TRANSLATE_NOOP("Codes", "Paket C")},
                                {12, QT_TRANSLATE_NOOP("Codes", "SMLB")},
                                {13, QT_TRANSLATE_NOOP("Codes", "SMA")},
                                {14, QT_TRANSLATE_NOOP("Codes", "MA")},
                                {15, QT_TRANSLATE_NOOP("Codes", "SMK")},
                                {16, QT_TRANSLATE_NOOP("Codes", "MAK")},
                                {17, QT_TRANSLATE_NOOP("Codes", "SPM/PDF Ulya")},
                                {18, QT_TRANSLATE_NOOP("Codes", "D1–D3")},
                                {19, QT_TRANSLATE_NOOP("Codes", "D4/S1")},
                                {20, QT_TRANSLATE_NOOP("Codes", "Professional programme")},
                                {21, QT_TRANSLATE_NOOP("Codes", "S2")},
                                {22, QT_TRANSLATE_NOOP("Codes", "S3")},
                                {23, QT_TRANSLATE_NOOP("Codes", "No primary school diploma")}};
constexpr CodeDef kWorkSector[] = {{1, QT_TRANSLATE_NOOP("Codes", "Rice and secondary crops")},
                                   {2, QT_TRANSLATE_NOOP("Codes", "Horticulture")},
                                   {3, QT_TRANSLATE_NOOP("Codes", "Estate crops")},
                                   {4, QT_TRANSLATE_NOOP("Codes", "Fishery")},
                                   {5, QT_TRANSLATE_NOOP("Codes", "Livestock")},
                                   {6, QT_TRANSLATE_NOOP("Codes", "Forestry and other farming")},
                                   {7, QT_TRANSLATE_NOOP("Codes", "Mining and quarrying")},
                                   {8, QT_TRANSLATE_NOOP("Codes", "Manufacturing")},
                                   {9, QT_TRANSLATE_NOOP("Codes", "Electricity and gas")},
                                   {10, QT_TRANSLATE_NOOP("Codes", "Water supply and waste")},
                                   {11, QT_TRANSLATE_NOOP("Codes", "Construction")},
                                   {12, QT_TRANSLATE_NOOP("Codes", "Trade and vehicle repair")},
                                   {13, QT_TRANSLATE_NOOP("Codes", "Transport and storage")},
                                   {14, QT_TRANSLATE_NOOP("Codes", "Accommodation and food")},
                                   {15, QT_TRANSLATE_NOOP("Codes", "Information and communication")},
                                   {16, QT_TRANSLATE_NOOP("Codes", "Finance and insurance")},
                                   {17, QT_TRANSLATE_NOOP("Codes", "Real estate")},
                                   {18, QT_TRANSLATE_NOOP("Codes", "Professional services")},
                                   {19, QT_TRANSLATE_NOOP("Codes", "Support services")},
                                   {20, QT_TRANSLATE_NOOP("Codes", "Public administration and defence")},
                                   {21, QT_TRANSLATE_NOOP("Codes", "Education")},
                                   {22, QT_TRANSLATE_NOOP("Codes", "Health and social work")},
                                   {23, QT_TRANSLATE_NOOP("Codes", "Arts and recreation")},
                                   {24, QT_TRANSLATE_NOOP("Codes", "Other services")},
                                   {25, QT_TRANSLATE_NOOP("Codes", "Households as employers")},
                                   {26, QT_TRANSLATE_NOOP("Codes", "International bodies")}};
constexpr CodeDef kEmploymentStatus[] = {
    {1, QT_TRANSLATE_NOOP("Codes", "Own-account worker")},
    {2, QT_TRANSLATE_NOOP("Codes", "Employer with temporary or unpaid help")},
    {3, QT_TRANSLATE_NOOP("Codes", "Employer with paid staff")},
    {4, QT_TRANSLATE_NOOP("Codes", "Employee")},
    {5, QT_TRANSLATE_NOOP("Codes", "PNS/TNI/Polri/BUMN/BUMD or official")},
    {6, QT_TRANSLATE_NOOP("Codes", "Casual farm worker")},
    {7, QT_TRANSLATE_NOOP("Codes", "Casual non-farm worker")},
    {8, QT_TRANSLATE_NOOP("Codes", "Unpaid family worker")}};
constexpr CodeDef kNpwp[] = {{1, QT_TRANSLATE_NOOP("Codes", "Has one, shown")},
                             {2, QT_TRANSLATE_NOOP("Codes", "Has one, not shown")},
                             {3, QT_TRANSLATE_NOOP("Codes", "None")}};
constexpr CodeDef kBusinessLicence[] = {{1, QT_TRANSLATE_NOOP("Codes", "SITU")},
                                        {2, QT_TRANSLATE_NOOP("Codes", "SIUP")},
                                        {3, QT_TRANSLATE_NOOP("Codes", "NRP")},
                                        {4, QT_TRANSLATE_NOOP("Codes", "NIB")},
                                        {5, QT_TRANSLATE_NOOP("Codes", "SKDP")},
                                        {6, QT_TRANSLATE_NOOP("Codes", "Amdal")},
                                        {7, QT_TRANSLATE_NOOP("Codes", "SIMB")},
                                        {8, QT_TRANSLATE_NOOP("Codes", "SKBH")},
                                        {9, QT_TRANSLATE_NOOP("Codes", "PT deed")},
                                        {10, QT_TRANSLATE_NOOP("Codes", "Other")},
                                        {11, QT_TRANSLATE_NOOP("Codes", "None yet")},
                                        {12, QT_TRANSLATE_NOOP("Codes", "Nuisance permit")}};
constexpr CodeDef kBusinessTurnover[] = {
    {1, QT_TRANSLATE_NOOP("Codes", "Under Rp 5 million")},
    {2, QT_TRANSLATE_NOOP("Codes", "Rp 5 to under 15 million")},
    {3, QT_TRANSLATE_NOOP("Codes", "Rp 15 to under 25 million")},
    {4, QT_TRANSLATE_NOOP("Codes", "Rp 25 to under 167 million")},
    {5, QT_TRANSLATE_NOOP("Codes", "Rp 167 million to under 1.25 billion")},
    {6, QT_TRANSLATE_NOOP("Codes", "Rp 1.25 to under 4.167 billion")},
    {7, QT_TRANSLATE_NOOP("Codes", "Rp 4.167 billion or more")}};
constexpr CodeDef kBusinessInternet[] = {{1, QT_TRANSLATE_NOOP("Codes", "Communication")},
                                         {2, QT_TRANSLATE_NOOP("Codes", "Information")},
                                         {4, QT_TRANSLATE_NOOP("Codes", "Marketing")},
                                         {8, QT_TRANSLATE_NOOP("Codes", "Selling")},
                                         {16, QT_TRANSLATE_NOOP("Codes", "Purchasing")},
                                         {32, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kNutrition[] = {{1, QT_TRANSLATE_NOOP("Codes", "Wasting")},
                                  {2, QT_TRANSLATE_NOOP("Codes", "Stunting")},
                                  {3, QT_TRANSLATE_NOOP("Codes", "No record")},
                                  {8, QT_TRANSLATE_NOOP("Codes", "Don't know")}};
constexpr CodeDef kDifficulty[] = {{1, QT_TRANSLATE_NOOP("Codes", "Cannot at all")},
                                   {2, QT_TRANSLATE_NOOP("Codes", "A lot, needs help")},
                                   {3, QT_TRANSLATE_NOOP("Codes", "Some difficulty")},
                                   {4, QT_TRANSLATE_NOOP("Codes", "No difficulty")}};
constexpr CodeDef kDepressed[] = {{1, QT_TRANSLATE_NOOP("Codes", "Very often")},
                                  {2, QT_TRANSLATE_NOOP("Codes", "Often")},
                                  {3, QT_TRANSLATE_NOOP("Codes", "Rarely")},
                                  {4, QT_TRANSLATE_NOOP("Codes", "Never")}};
constexpr CodeDef kCarer[] = {{1, QT_TRANSLATE_NOOP("Codes", "A family member")},
                              {2, QT_TRANSLATE_NOOP("Codes", "Someone outside the family")},
                              {3, QT_TRANSLATE_NOOP("Codes", "Lives alone")}};
constexpr CodeDef kChronicIllness[] = {{1, QT_TRANSLATE_NOOP("Codes", "None")},
                                       {2, QT_TRANSLATE_NOOP("Codes", "Hypertension")},
                                       {3, QT_TRANSLATE_NOOP("Codes", "Rheumatism")},
                                       {4, QT_TRANSLATE_NOOP("Codes", "Asthma")},
                                       {5, QT_TRANSLATE_NOOP("Codes", "Heart disease")},
                                       {6, QT_TRANSLATE_NOOP("Codes", "Diabetes")},
                                       {7, QT_TRANSLATE_NOOP("Codes", "Tuberculosis")},
                                       {8, QT_TRANSLATE_NOOP("Codes", "Stroke")},
                                       {9, QT_TRANSLATE_NOOP("Codes", "Cancer")},
                                       {10, QT_TRANSLATE_NOOP("Codes", "Kidney failure")},
                                       {11, QT_TRANSLATE_NOOP("Codes", "Haemophilia")},
                                       {12, QT_TRANSLATE_NOOP("Codes", "HIV/AIDS")},
                                       {13, QT_TRANSLATE_NOOP("Codes", "High cholesterol")},
                                       {14, QT_TRANSLATE_NOOP("Codes", "Cirrhosis")},
                                       {15, QT_TRANSLATE_NOOP("Codes", "Thalassaemia")},
                                       {16, QT_TRANSLATE_NOOP("Codes", "Leukaemia")},
                                       {17, QT_TRANSLATE_NOOP("Codes", "Alzheimer's")},
                                       {18, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kHealthInsurance[] = {{1, QT_TRANSLATE_NOOP("Codes", "PBI-JKN")},
                                        {2, QT_TRANSLATE_NOOP("Codes", "JKN, self-paid")},
                                        {4, QT_TRANSLATE_NOOP("Codes", "JKN, paid by employer")},
                                        {8, QT_TRANSLATE_NOOP("Codes", "Other")}};
constexpr CodeDef kYesNoDontKnow[] = {{1, QT_TRANSLATE_NOOP("Codes", "Yes")},
                                      {2, QT_TRANSLATE_NOOP("Codes", "No")},
                                      {8, QT_TRANSLATE_NOOP("Codes", "Don't know")}};
constexpr CodeDef kEmploymentInsurance[] = {{1, QT_TRANSLATE_NOOP("Codes", "Work accident")},
                                            {2, QT_TRANSLATE_NOOP("Codes", "Death")},
                                            {4, QT_TRANSLATE_NOOP("Codes", "Old age")},
                                            {8, QT_TRANSLATE_NOOP("Codes", "Pension")},
                                            {16, QT_TRANSLATE_NOOP("Codes", "Taspen or other pension")}};
constexpr CodeDef kIdDocuments[] = {{1, QT_TRANSLATE_NOOP("Codes", "Birth certificate")},
                                    {2, QT_TRANSLATE_NOOP("Codes", "Child ID card (KIA)")},
                                    {4, QT_TRANSLATE_NOOP("Codes", "KTP")}};

using C = CodeList;

// Listed in CodeList order (checked below).
const std::array kLists{
    CodeListDef{C::None, "none", false, 0, false, {}},
    CodeListDef{C::FamilyStatus, "family_status", false, 0, false, kFamilyStatus},
    CodeListDef{C::Desil, "desil", false, 0, false, kDesil},
    CodeListDef{C::YesNo, "yes_no", false, 0, false, kYesNo},
    CodeListDef{C::Tenure, "tenure", false, 0, false, kTenure},
    CodeListDef{C::LandProof, "land_proof", false, 0, false, kLandProof},
    CodeListDef{C::Floor, "floor", false, 0, false, kFloor},
    CodeListDef{C::Wall, "wall", false, 0, false, kWall},
    CodeListDef{C::Roof, "roof", false, 0, false, kRoof},
    CodeListDef{C::WaterSource, "water_source", false, 0, false, kWaterSource},
    CodeListDef{C::SepticDistance, "water_septic_distance", false, 0, false, kSepticDistance},
    CodeListDef{C::Lighting, "lighting", false, 0, false, kLighting},
    CodeListDef{C::Power, "power", false, 0, false, kPower},
    CodeListDef{C::CookingFuel, "cooking_fuel", false, 0, false, kCookingFuel},
    CodeListDef{C::ToiletFacility, "toilet_facility", false, 0, false, kToiletFacility},
    CodeListDef{C::ToiletType, "toilet_type", false, 0, false, kToiletType},
    CodeListDef{C::FaecesDisposal, "faeces_disposal", false, 0, false, kFaecesDisposal},
    CodeListDef{C::InternetAccess, "internet_access", false, 0, false, kInternetAccess},
    CodeListDef{C::BankAccount, "bank_account", false, 0, false, kBankAccount},
    CodeListDef{C::Presence, "presence", false, 0, false, kPresence},
    CodeListDef{C::Sex, "sex", false, 0, false, kSex},
    CodeListDef{C::MaritalStatus, "marital_status", false, 0, false, kMaritalStatus},
    CodeListDef{C::Relationship, "relationship", false, 0, false, kRelationship},
    CodeListDef{C::Religion, "religion", false, 0, false, kReligion},
    CodeListDef{C::SchoolParticipation, "school_participation", false, 0, false, kSchoolParticipation},
    CodeListDef{C::SchoolLevel, "school_level", false, 0, false, kSchoolLevel},
    CodeListDef{C::SchoolGrade, "school_grade", false, 0, false, kSchoolGrade},
    CodeListDef{C::Diploma, "diploma", false, 0, false, kDiploma},
    CodeListDef{C::WorkSector, "work_sector", false, 0, false, kWorkSector},
    CodeListDef{C::EmploymentStatus, "employment_status", false, 0, false, kEmploymentStatus},
    CodeListDef{C::Npwp, "npwp", false, 0, false, kNpwp},
    CodeListDef{C::BusinessLicence, "business_licence", false, 0, false, kBusinessLicence},
    CodeListDef{C::BusinessTurnover, "business_turnover", false, 0, false, kBusinessTurnover},
    CodeListDef{C::BusinessInternet, "business_internet", true, 0, true, kBusinessInternet},
    CodeListDef{C::Nutrition, "nutrition", false, 0, false, kNutrition},
    CodeListDef{C::Difficulty, "difficulty", false, 0, false, kDifficulty},
    CodeListDef{C::Depressed, "depressed", false, 0, false, kDepressed},
    CodeListDef{C::Carer, "carer", false, 0, false, kCarer},
    CodeListDef{C::ChronicIllness, "chronic_illness", false, 0, false, kChronicIllness},
    CodeListDef{C::HealthInsurance, "health_insurance", true, 99, true, kHealthInsurance},
    CodeListDef{C::YesNoDontKnow, "yes_no_dont_know", false, 0, false, kYesNoDontKnow},
    CodeListDef{C::EmploymentInsurance, "employment_insurance", true, 99, true, kEmploymentInsurance},
    CodeListDef{C::IdDocuments, "id_documents", true, 0, true, kIdDocuments},
};

const CodeDef *findCode(const CodeListDef &def, qint64 value)
{
    for (const CodeDef &code : def.codes) {
        if (code.value == value) {
            return &code;
        }
    }
    return nullptr;
}

qint64 allFlags(const CodeListDef &def)
{
    qint64 mask = 0;
    for (const CodeDef &code : def.codes) {
        mask |= code.value;
    }
    return mask;
}

} // namespace

const CodeListDef &codeListDef(CodeList list)
{
    const auto index = static_cast<std::size_t>(list);
    Q_ASSERT(index < kLists.size() && kLists[index].list == list);
    return kLists[index];
}

std::span<const CodeListDef> allCodeLists()
{
    return kLists;
}

bool isValidCode(CodeList list, qint64 value, Instrument instrument)
{
    Q_UNUSED(instrument) // both known instruments share the lists; later-only codes are refused
    const CodeListDef &def = codeListDef(list);
    if (def.isFlags) {
        if (def.unknownFlag != 0 && value == def.unknownFlag) {
            return true; // 99 alone
        }
        if (value == 0) {
            return def.hasNoneValue;
        }
        return value > 0 && (value & ~allFlags(def)) == 0;
    }
    const CodeDef *code = findCode(def, value);
    return code != nullptr && !code->laterListsOnly;
}

QString CodeText::label(CodeList list, qint64 value)
{
    const CodeListDef &def = codeListDef(list);
    if (def.isFlags) {
        if (def.unknownFlag != 0 && value == def.unknownFlag) {
            return tr("Unknown");
        }
        if (value == 0 && def.hasNoneValue) {
            return tr("None");
        }
        return flagLabels(list, value).join(QStringLiteral(", "));
    }
    const CodeDef *code = findCode(def, value);
    return code != nullptr ? tr(code->label) : QString();
}

QStringList CodeText::flagLabels(CodeList list, qint64 value)
{
    QStringList labels;
    for (const CodeDef &code : codeListDef(list).codes) {
        if ((value & code.value) != 0) {
            labels << tr(code.label);
        }
    }
    return labels;
}

std::optional<Instrument> parseInstrument(QStringView text)
{
    if (text.isEmpty() || text == u"REGSOSEK2022.K") {
        return Instrument::Regsosek2022K;
    }
    if (text == u"REGSOS-EK2021.RT") {
        return Instrument::RegsosEk2021Rt;
    }
    return std::nullopt;
}

QString instrumentName(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Regsosek2022K:
        return QStringLiteral("REGSOSEK2022.K");
    case Instrument::RegsosEk2021Rt:
        return QStringLiteral("REGSOS-EK2021.RT");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace verdes
