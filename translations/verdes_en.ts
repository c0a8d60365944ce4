<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Codes</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-off family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 1 (poorest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile 10 (richest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lodging or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHM in a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHM in another name, with written agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHM in another name, without agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHGB or SHSRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girik or letter C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marble or granite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceramic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parquet, vinyl or carpet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile or terrazzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood or planks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cement or red brick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bamboo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masonry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastered bamboo or wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood, gypsum or GRC board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woven bamboo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clay tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zinc sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asbestos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood or shingles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straw, palm fibre or leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottled water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piped water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bore or pump well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotected well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotected spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface water (river, lake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainwater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDAM piped water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAMDES village water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 10 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 m or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLN electricity, metered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLN electricity, unmetered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-PLN electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>450 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>900 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,300 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,200 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 2,200 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPG 5.5 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPG 12 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPG 3 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piped gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biogas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerosene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cooking at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with given households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communal MCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public MCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists, not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goose-neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered squat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered squat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Septic tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste water treatment (IPAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pond, field, river or sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hole in the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beach or open ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business and personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved within Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or parent-in-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic worker or driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Islam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protestant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catholic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confucian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belief or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never attended school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDLB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPM/PDF Ula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMPLB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPM/PDF Wustha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paket C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMLB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPM/PDF Ulya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D1–D3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D4/S1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary school diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rice and secondary crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horticulture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fishery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forestry and other farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining and quarrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity and gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water supply and waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade and vehicle repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation and food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public administration and defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and social work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arts and recreation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households as employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own-account worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer with temporary or unpaid help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer with paid staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNS/TNI/Polri/BUMN/BUMD or official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual farm worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual non-farm worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid family worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one, shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has one, not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amdal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKBH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuisance permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Rp 5 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp 5 to under 15 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp 15 to under 25 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp 25 to under 167 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp 167 million to under 1.25 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp 1.25 to under 4.167 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rp 4.167 billion or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot, needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone outside the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rheumatism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kidney failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haemophilia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV/AIDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cirrhosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thalassaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leukaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alzheimer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBI-JKN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JKN, self-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JKN, paid by employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taspen or other pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child ID card (KIA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: verdes --version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Verdes. Nothing was changed. Please try again; if it happens again, tell your district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was not used correctly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to use &quot;%1&quot;. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so &quot;%1&quot; could not be written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village database was found at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village database already exists at &quot;%1&quot;. It was not touched; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Verdes village database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village database at &quot;%1&quot; is damaged and cannot be opened safely. It was not changed. Restore it from a backup copy or ask your district office for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at &quot;%1&quot; is not encrypted, so Verdes refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village database was made by a newer version of Verdes (format %1; this version knows up to %2). Install the newer Verdes to open it. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village database at &quot;%1&quot; is already open in another Verdes window or on another computer. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village database at &quot;%1&quot; is in a place where Verdes cannot write (for example a locked USB stick). Copy the whole folder to this computer and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the village database at &quot;%1&quot; is full. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this village database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake. Compare it with the printed copy, group by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has 36 letters and digits in 9 groups of 4, for example ABCD-EFGH-…. Check what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no officer named &quot;%1&quot; in this village database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer named &quot;%1&quot; already exists. Use another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last way to open the village database. Add another officer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library on this computer is missing or too old (found &quot;%1&quot;). Verdes needs SQLCipher 4. Reinstall Verdes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of the village database at &quot;%1&quot; is damaged. Restore the folder from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid village code. A village code has 10 digits, like 33.73.04.2001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village database is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIK has 16 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the NIK is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last four digits of a NIK cannot be 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family card number has 16 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad byte at position %1). Save it again as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line with column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks required columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have errors (%2 problems in all). Nothing was imported. Correct them, or choose to skip the bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is far too long to be a registry row. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Household ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet (dusun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-SLS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family card number (KK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile (desil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLN customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives BPNT/Sembako</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPNT/Sembako since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives PKH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKH since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives BLT Dana Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLT Dana Desa since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives electricity subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity subsidy since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives regional government aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional aid since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives fertiliser subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fertiliser subsidy since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives LPG subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPG subsidy since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of land ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinking water source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to septic tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed power, meter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed power, meter 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed power, meter 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilet facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilet type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faeces disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPG cylinder of 5.5 kg or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refrigerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air conditioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold or jewellery of 10 g or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer or laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motorboat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cattle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goats and sheep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s own KK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the presence event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main work sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number (NPWP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has own business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet use in the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition (under five)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty walking or climbing stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty using hands and fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty controlling behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty communicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty with self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty remembering or concentrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often sad or depressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kartu Prakerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s business credit (KUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra-micro credit (UMi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Indonesia Programme (PIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
