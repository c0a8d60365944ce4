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
