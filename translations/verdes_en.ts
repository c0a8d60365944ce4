<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add all &amp;ready proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every proposal that is ready on this agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pr&amp;oposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose some of the ready proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flagged fami&amp;ly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family with a data-quality warning, for the meeting to keep it or propose its removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up within its part of the agenda (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down within its part of the agenda (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal goes back to ready (Delete); a decided item stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovedExport</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved items for forwarding: %1 (district %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are invited; the quorum indicator never blocks the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an empty attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance list with the meeting&apos;s header and empty lines, for signing on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the l&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected attendee (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attendee (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditHead</name>
    <message>
        <source>an anchor looks like 1234:3F2A-91BC-0D77-E4A1-5B20-9C3D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the village vault of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the officer %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the officer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set a new passphrase for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported the snapshot %2: %3 new households, %4 changed, %5 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with errors were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generated the demo village: %2 households with %3 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported %2 households with %3 members to the file %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revealed the NIK and KK numbers of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote proposal %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited proposal %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the state of proposal %2 from &quot;%3&quot; to &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 re-confirmed proposal %2 (%3) against the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached a %2 to proposal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced a %2 of proposal %3 with a new version (the old one is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed a %2 from draft proposal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran the data-quality checks over %2 households: %3 open flags, %4 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dismissed the flag &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made a change recorded as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made a change recorded as &quot;%2&quot; (%3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned off the masking of NIK and KK numbers on their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned on the masking of NIK and KK numbers on their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the automatic lock on their computer from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the setting %2 on their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the vault key: copies of the vault made before can no longer be opened with the current passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened the vault with a newer Verdes, which upgraded its format from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repaired access with the recovery key: the key file was rewritten from the vault&apos;s own record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members of households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes the proposals make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposals&apos; base versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposals&apos; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data-quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 no longer add up to what was recorded with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- the content changed after entry %1 of the history without an entry of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revealed the NIK and KK numbers of this household in a search on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revealed the NIK numbers of this household in the list of proposals on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared meeting %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the data of meeting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded %2 in the attendance of meeting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 from the attendance of meeting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put %2 proposal(s) on the agenda of meeting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put household %2 on the agenda of meeting %3 (keep or propose removal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took %2 off the agenda of meeting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrected the decision on item %2 of meeting %3 from &quot;%4&quot; to &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the decision &quot;%2&quot; on item %3 of meeting %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 showed the %2 of item %3 of meeting %4 to the room, at the request of the chair %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed meeting %2 (%3 items); seal %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the standard template &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited the document template &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meetings&apos; attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meetings&apos; agendas and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meetings&apos; seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was shown to the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote the %2 documents of meeting %3 to files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed the document &quot;%2&quot; of meeting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sealed a meeting; its %2 items were put in batch %3 for the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote batch %2 to a file for the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent batch %2 to the district over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the district&apos;s receipt for batch %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled this laptop with the district hub &quot;%2&quot; (hub key %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub revoked this laptop&apos;s enrolment (list %1); the vault was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrolment with the district hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batches for the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items of the batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt of the district hub said that it revoked this laptop&apos;s device key %1; the vault was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub revoked this laptop&apos;s device key %2 (revocation list %1); the vault was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s revocation list %1 came; it does not name this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled this laptop again with the district hub &quot;%2&quot; (device key %3 instead of the revoked %4); the vault was opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave this laptop a new device key %2 to enrol again; the revoked key %3 signs nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device keys this laptop had before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s key list came: its key %1 stays, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>further notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub replaced its keys: this laptop now trusts key %2 (generation %1), vouched for by the key %3 it trusted before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made their own reviewer key %2, to sign their verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was enrolled as a reviewer (%2) with the district hub &quot;%3&quot; (key %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewers&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewers&apos; enrolments with the district hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2 batch(es) with %3 item(s) for review from the district hub &quot;%4&quot;; %5 of the items lack something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave item %2 (proposal %3 of village %4) the verdict &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ground check by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ground check result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded the district hub &quot;%4&quot;&apos;s receipt for verdicts: %2 accepted, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batches received for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewers&apos; verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported %2 approved item(s) (%3 BNBA line(s)) with personal data for forwarding, as %4 with a signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2 verdict(s) of the dinas sosial from the district hub &quot;%3&quot;: %4 approved, %5 rejected, %6 returned to the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drafts made from returned proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported the DTSEN data &quot;%2&quot;, number %3, signed by the district hub &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared a personal data access report (UU PDP) for a member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared a personal data access report (UU PDP) that covers review item %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared a personal data access report (UU PDP) for a person this vault holds nothing about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took or released items through the district hub &quot;%2&quot;: %3 taken, %4 released, %5 held by another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifyJob</name>
    <message>
        <source>Checking the history of changes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachNotice</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop enrolled with the district hub &quot;%1&quot; was lost or stolen. It is the laptop of the village %2, enrolled on %3 by %4 (device key %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place and circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the loss became known, and to whom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, time and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s last contact with the hub: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What personal data the laptop held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop held the encrypted vault of the village %1: the village&apos;s social welfare registry (DTSEN) of %2 households and %3 persons, with their names, NIK and KK numbers, addresses, family relations, and specific personal data under UU 27/2022 art. 4 (health, disability, pregnancy, children&apos;s data, financial situation), the village&apos;s proposals with their evidence (certificates, letters, photos of houses), and the minutes of its village meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hub knows the laptop held, because the laptop sent it: %1 batches with %2 items, naming %3 persons on their BNBA lines, with %4 evidence files (%5). The hub also held %6 decisions of the district for the village by the laptop&apos;s last contact, which the laptop may have received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons (BNBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. How the data is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s key was revoked at the district hub on %1. Since then the hub refuses anything the laptop sends and gives it nothing; the villages&apos; laptops learn of the revocation at their next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. How the breach is handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s key was revoked (above). The village&apos;s other laptops and the district hold the same registry; nothing was lost from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other measures taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police report, new passphrases, a new vault key, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under UU 27/2022 art. 46 the persons concerned and the Personal Data Protection agency are notified in writing within 3 × 24 hours of learning of the breach. If the loss became known when the key was revoked, that is by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified: the persons concerned on %1; the Personal Data Protection agency on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For questions about this notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, position, telephone and e-mail of the data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of a personal data breach (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s vault is encrypted. Its database is a SQLCipher 4 database (AES-256 in CBC mode, each page authenticated with HMAC-SHA512) under a random 256-bit key. That key is stored only wrapped with XChaCha20-Poly1305, once for each officer under a key derived from the officer&apos;s passphrase with Argon2id (at least 2 passes over 64 MiB of memory, 3 passes over 256 MiB by default), and once under the vault&apos;s recovery key. After five wrong passphrases each further attempt waits longer. Without a passphrase or the recovery key the data cannot be read; the evidence files are stored inside the same encrypted database, never as loose files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UU 27/2022 on Personal Data Protection, art. 46</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1 (district %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every part in [brackets] before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>DEMO DATA — every household here is invented, for practice only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, NIK, KK number or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With warnings only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeKeyJob</name>
    <message>
        <source>Re-encrypting the village vault with a new key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Write down this recovery key and keep it in a safe place. It is shown only once; with it the vault can be opened when every passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more errors not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more warnings not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 missing from this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with errors were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings were recorded with the households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;verdes --help&apos; to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rejects needs --skip-bad-rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault has several officers: choose one with --officer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --village-code, --village-name and --officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the village vault of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo village %1 (%2 households) at %3. Everything in it is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a demo village of %1 households to %2. Everything in it is invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 households with %2 members to %3. The file holds personal data: keep it safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality checks:
  verdes checks VAULT [--check CODE]
                                 run the data-quality checks and list the open flags
                                 (NIK masked); CODE limits the list to one check
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality checks: %1 open flags (%2 new). List them with: verdes checks VAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for officer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is only for officer add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n officer.</numerusform>
            <numerusform>%n officers.</numerusform>
        </translation>
    </message>
    <message>
        <source>--household and --limit are only for audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2, recorded as &quot;%3&quot;) does not match the entries before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown proposal state &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s).</source>
        <translation>
            <numerusform>%n proposal.</numerusform>
            <numerusform>%n proposals.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 households: %2 open flags (%3 new, %4 closed since the last run, %5 dismissed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key was changed: copies of the vault made before can no longer be opened with the current passphrases, and a removed officer&apos;s old copy stays locked with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer needs add, remove, passwd, role, list, rekey or repair, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--change-key is only for officer remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer repair needs --recovery-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was checked against the vault&apos;s own record; the officers who can open the vault now are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the vault folder that %1 made earlier still opens with their passphrase. To close that too, change the vault key: verdes officer rekey VAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history is intact and matches the content: %n entries checked.</source>
        <translation>
            <numerusform>The history is intact and matches the content: %n entry checked.</numerusform>
            <numerusform>The history is intact and matches the content: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit needs verify, log or head, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor is only for audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is only for audit head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history matches the anchor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest entry of the history: %1, recorded %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1   Device key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this down and keep it apart from the laptop; &apos;verdes audit verify VAULT --anchor %1&apos; later shows whether the history still holds it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace it, add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force is only for replacing the --rejects file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers, roles and the history of changes:
  verdes officer add VAULT NAME [--role ROLE]
                                 add an officer (ROLE: operator, secretary, chair, kepala_desa,
                                 bpd or viewer; operator when not given)
  verdes officer role VAULT NAME ROLE
                                 give an officer another role
  verdes officer list VAULT      the officers, their roles and who manages officers
  verdes officer remove VAULT NAME [--change-key]
                                 remove an officer; --change-key also changes the vault key
  verdes officer rekey VAULT     change the vault key: copies made before (for example by a
                                 removed officer) stay locked with the old key
  verdes officer repair VAULT --recovery-key
                                 rewrite the key file from the vault&apos;s own record, when Verdes
                                 refuses a key file the database does not know
  verdes audit verify VAULT [--anchor N:FINGERPRINT]
                                 check that the history of changes was not altered and that
                                 the content matches it; with --anchor, that the history still
                                 holds an entry written down earlier (exit code 4 when not)
  verdes audit head VAULT [--out FILE]
                                 the newest entry of the history, signed with the vault&apos;s
                                 device key, and its short anchor to write down on paper
  verdes audit log VAULT [--household ID] [--limit N]
                                 the history of changes in plain words, oldest first
Adding, removing officers, changing roles and the vault key needs the kepala desa or an
officer who manages officers; every officer may change their own passphrase. An officer&apos;s
name has at most %1 characters, without line breaks, tabs or other control characters.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change proposals:
  verdes proposals VAULT [--state STATE] [--show-nik]
                                 list the change proposals (STATE: draft, ready, withdrawn, …);
                                 --show-nik as for search: the role must allow it, and the
                                 reveal is recorded
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file cannot be read from standard input, which gives the passphrase or the recovery key; give the name of the file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-village needs a demo village&apos;s code: a kecamatan of the 2025 list followed by 2999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village meeting (musdes):
  verdes musdes new VAULT --date YYYY-MM-DD --place TEXT --chair NAME [--time HH:MM]
                  [--minute-taker NAME] [--kind musdes|musdesus|muskel|sptjm]
                  [--addendum-of MEETING]
                                 prepare a meeting; prints its number (MEETING below)
  verdes musdes attend VAULT MEETING --name TEXT --role ROLE [--rt-rw 003/002] [--signed]
                                 record an attendee (ROLE: %1)
  verdes musdes agenda VAULT MEETING --add-ready | --add N [N…] | --household ID
                                 put every ready proposal, some proposals, or a flagged
                                 household on the agenda
  verdes musdes decide VAULT MEETING PROPOSAL agreed|rejected|deferred [--note TEXT]
                  [--votes FOR/AGAINST/ABSTAIN]
                                 record (or correct) a decision; by consensus unless --votes;
                                 for a flagged household give its id and keep|remove|deferred
  verdes musdes seal VAULT MEETING --officer CHAIR
                                 seal the minutes with the chair&apos;s passphrase (an SPTJM: the
                                 village head&apos;s); nothing of the meeting changes afterwards
  verdes musdes list VAULT       the meetings
  verdes musdes show VAULT MEETING
                                 a meeting: data, attendance, agenda, decisions and seal
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village vault is healthy: encryption, database, schema, key file, history, meeting seals and evidence checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history it was sealed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown musdes command &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for musdes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdes new needs --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time needs HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of musdes, musdesus, muskel, sptjm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdes attend needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdes attend needs --role (see &apos;verdes --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rt-rw is RT/RW, for example 003/002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdes agenda needs one of --add-ready, --add N…, --household ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proposal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision is one of agreed, rejected, deferred, keep, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--votes is FOR/AGAINST/ABSTAIN, for example 12/3/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as present (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ready proposal(s) put on the agenda.</source>
        <translation>
            <numerusform>%n ready proposal put on the agenda.</numerusform>
            <numerusform>%n ready proposals put on the agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The household is on the agenda, to keep or to propose its removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) put on the agenda.</source>
        <translation>
            <numerusform>%n proposal put on the agenda.</numerusform>
            <numerusform>%n proposals put on the agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting sealed by %1. Seal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message>
        <source>sealed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s).</source>
        <translation>
            <numerusform>%n meeting.</numerusform>
            <numerusform>%n meetings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n</source>
        <translation>
            <numerusform>Attendance: %n</numerusform>
            <numerusform>Attendance: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n item(s)</source>
        <translation>
            <numerusform>Agenda: %n item</numerusform>
            <numerusform>Agenda: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by %1 on %2. Seal: %3 (device key %4, history entry %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no meeting &quot;%1&quot; in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s documents:
  verdes musdes documents VAULT MEETING FOLDER [--paper a4|f4] [--force]
                                 write the meeting&apos;s documents as PDF (berita acara,
                                 attendance, BNBA, rejected and deferred items, notice-board
                                 copy) and the BNBA as .xlsx into FOLDER; MEETING is the
                                 meeting&apos;s number or id. The BNBA holds NIK and KK: keep it
                                 safe. A4 paper unless --paper f4 (215 x 330 mm)
  verdes musdes template VAULT NAME [--show | --set FILE | --reset]
                                 show, replace or restore a document&apos;s template (HTML with
                                 {{placeholders}}; --show lists them); NAME is one of:
                                 %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper is a4 or f4, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n documents.</source>
        <translation>
            <numerusform>Wrote %n document.</numerusform>
            <numerusform>Wrote %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting is not sealed yet: every page says BELUM DISEGEL (draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set and --reset cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is the default again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its batch is ready for the district: see &apos;verdes batch list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written for the USB stick, no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly accepted by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the district (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch is for batch export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch is the number of a batch, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) made from sealed meetings.</source>
        <translation>
            <numerusform>%n new batch made from sealed meetings.</numerusform>
            <numerusform>%n new batches made from sealed meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es).</source>
        <translation>
            <numerusform>%n batch.</numerusform>
            <numerusform>%n batches.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no batch waiting for the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (meeting %2, %n item(s)) written to %3, sealed for the district hub. Take the file to the district; the receipt they give back is imported with &apos;verdes receipts import&apos;.</source>
        <translation>
            <numerusform>Batch %1 (meeting %2, %n item) written to %3, sealed for the district hub. Take the file to the district; the receipt they give back is imported with &apos;verdes receipts import&apos;.</numerusform>
            <numerusform>Batch %1 (meeting %2, %n items) written to %3, sealed for the district hub. Take the file to the district; the receipt they give back is imported with &apos;verdes receipts import&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown enrol command &quot;%1&quot; (one of: request, accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol accept needs --hub-fingerprint: the fingerprint the district gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment request written to %1. Take it to the district; read them this fingerprint so they can check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is now enrolled with %1 (district %2). Batches are sealed for this hub from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The district asks for a sync at least every %n day(s).</source>
        <translation>
            <numerusform>The district asks for a sync at least every %n day.</numerusform>
            <numerusform>The district asks for a sync at least every %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown receipts command &quot;%1&quot; (one of: import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for batch %1 was recorded before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: received by the district, all %n item(s).</source>
        <translation>
            <numerusform>Batch %1: received by the district, all %n item.</numerusform>
            <numerusform>Batch %1: received by the district, all %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: received by the district, but %n item(s) refused because they came in an earlier batch.</source>
        <translation>
            <numerusform>Batch %1: received by the district, but %n item refused because they came in an earlier batch.</numerusform>
            <numerusform>Batch %1: received by the district, but %n items refused because they came in an earlier batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 was not taken yet: the district is missing batch %2 before it. Send batch %2 first, then this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was refused by the district: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown batch command &quot;%1&quot; (one of: list, export, send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district hub &quot;%1&quot; takes batches on a USB stick only: use batch export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown revocations command &quot;%1&quot; (one of: import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s revocation list does not name this laptop; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hub-keys command &quot;%1&quot; (one of: import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub has new keys: this laptop now trusts key %1 (generation %2), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s keys are the ones this laptop trusts already (%1), %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  verdes                         open the desktop application
  verdes --demo                  open the application on the demo village
  verdes init VAULT --village-code CODE --village-name NAME --officer NAME
                                 create a village vault (prints the recovery key once);
                                 CODE is a desa or kelurahan of the Kemendagri list of 2025,
                                 3318192001 or 33.18.19.2001 (--demo-village: the code of a
                                 demo village, village part 2999, for trying Verdes out)
  verdes init VAULT --district-code CODE --office-name NAME --officer NAME [--role ROLE]
                                 create a district review vault for the dinas sosial of a
                                 regency or city (CODE: 3374 or 33.74); ROLE of the first
                                 officer: office_head (when not given) or verifier
  verdes demo VAULT [--households N] [--seed S] [--officer NAME]
                                 create a vault holding a generated demo village
  verdes demo-csv FILE [--households N] [--seed S] [--force]
                                 write a generated demo village as a CSV snapshot
  verdes import VAULT FILE [--skip-bad-rows [--rejects FILE [--force]]]
                                 import a CSV snapshot (all or nothing unless bad rows are skipped);
                                 &apos;verdes import --help&apos; says how to save it from Excel
  verdes export VAULT FILE [--force]
                                 export the registry as CSV (personal data: keep it safe)
  verdes check VAULT             full integrity check (encryption, database, schema, key
                                 file, history, the seals of the meetings and evidence)
  verdes search VAULT QUERY [--limit N] [--show-nik]
                                 search names, NIK, KK and addresses; &quot;rt 3&quot;, &quot;rw 2&quot; filter
                                 (NIK and KK masked; --show-nik shows them in full, for an
                                 officer whose role may reveal them, and records the reveal
                                 in the history of each household shown)
  verdes officer add|remove|passwd VAULT NAME
                                 manage the officers who can open the vault

Opening a vault: --officer NAME picks the officer (needed when there are several);
--recovery-key uses the recovery key instead of a passphrase. Secrets are never given as
arguments: they are read from the first line of standard input, or asked for without echo
on a terminal. &apos;officer add&apos; and &apos;officer passwd&apos; read the new passphrase from the next line.

Writing files: a file is never written inside a vault folder, nor onto a folder, a device
or a pipe; an existing file is replaced only with --force. A CSV file to import is read
from an ordinary file, not from a pipe or from standard input.

Exit codes:
  0  success
  1  the command was used wrongly
  2  wrong passphrase or recovery key, or unknown officer
  3  invalid input (for example errors in a CSV file, a passphrase that is too short)
  4  not a Verdes vault, a damaged vault, or one made by a newer Verdes
  5  not allowed for your role or with the recovery key, a file that may not be written
     (it exists, or is inside a vault folder, or is not an ordinary file), or another
     error reading or writing files
  6  the district hub could not be reached, or could not store the batch just now (nothing
     was lost: try again later)
  7  the district revoked this laptop&apos;s enrolment: the vault opens only to enrol again
     (enrol, revocations, hub-keys, officer and check still work; the data stays encrypted)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vault is either a village&apos;s (--village-code, --village-name) or a district&apos;s (--district-code, --office-name), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init of a district review vault needs --district-code, --office-name and --officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the district review vault of %1 (%2, %3) at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; for a %2 (one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now open the vault, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1 needs VAULT and a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review accept needs --hub-fingerprint: the fingerprint the hub&apos;s operator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer enrolment request of %1 (%2) written to %3. Take it to the hub&apos;s operator; read them this fingerprint so they can check it: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now enrolled with %2 as %3: verdicts signed with this key are accepted by the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, district %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1 (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: none yet; the first reviewer&apos;s accepted answer pins it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled %1, key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked, key %1, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown review command &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1 needs VAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) received, </source>
        <translation>
            <numerusform>%n new batch received, </numerusform>
            <numerusform>%n new batches received, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the queue</source>
        <translation>
            <numerusform>%n item added to the queue</numerusform>
            <numerusform>%n items added to the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them incomplete</source>
        <translation>
            <numerusform>, %n of them incomplete</numerusform>
            <numerusform>, %n of them incomplete</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (in_review, returned, gc_assigned, gc_done, verified, approved, rejected_by_dinas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for the batches after number %1 written to %2. The hub&apos;s operator answers it with &apos;verdes-hub feed&apos;; import the answer with &apos;verdes review import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has more (up to number %1): make another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: this hub is reached by USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received yet: &apos;verdes review sync&apos; fetches the batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3 batch(es), %4 item(s), %5 open, %6 incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review decide needs VAULT, the item&apos;s number and the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is now &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the verdict is signed and waits to be sent to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot; (returned, gc_assigned, gc_done, verified, approved, rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot; (RT01 to RT99 for a return, RJ01 to RJ99 for a rejection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown NIK match &quot;%1&quot; (padan, tidak_padan, belum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verdict is with the hub already: nothing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) written to %1. The hub&apos;s operator stores them with &apos;verdes-hub verdicts&apos;; import the receipt with &apos;verdes review receipt&apos;.</source>
        <translation>
            <numerusform>%n verdict written to %1. The hub&apos;s operator stores them with &apos;verdes-hub verdicts&apos;; import the receipt with &apos;verdes review receipt&apos;.</numerusform>
            <numerusform>%n verdicts written to %1. The hub&apos;s operator stores them with &apos;verdes-hub verdicts&apos;; import the receipt with &apos;verdes review receipt&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub accepted %n verdict(s)</source>
        <translation>
            <numerusform>The hub accepted %n verdict</numerusform>
            <numerusform>The hub accepted %n verdicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and refused %n.</source>
        <translation>
            <numerusform> and refused %n.</numerusform>
            <numerusform> and refused %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1, verdict &quot;%2&quot;: refused (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) exported, </source>
        <translation>
            <numerusform>%n approved item exported, </numerusform>
            <numerusform>%n approved items exported, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n BNBA line(s) from </source>
        <translation>
            <numerusform>%n BNBA line from </numerusform>
            <numerusform>%n BNBA lines from </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n village(s). The files hold personal data: keep them safe and delete them once forwarded.</source>
        <translation>
            <numerusform>%n village. The files hold personal data: keep them safe and delete them once forwarded.</numerusform>
            <numerusform>%n villages. The files hold personal data: keep them safe and delete them once forwarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new verdicts in this file: it was imported before. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new verdict(s) of the dinas sosial recorded.</source>
        <translation>
            <numerusform>%n new verdict of the dinas sosial recorded.</numerusform>
            <numerusform>%n new verdicts of the dinas sosial recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved (waiting for the next snapshot): %1; rejected: %2; returned: %3, with %n new draft(s) to correct.</source>
        <translation>
            <numerusform>Approved (waiting for the next snapshot): %1; rejected: %2; returned: %3, with %n new draft to correct.</numerusform>
            <numerusform>Approved (waiting for the next snapshot): %1; rejected: %2; returned: %3, with %n new drafts to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district holds more verdicts than this file: ask for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdicts of the dinas sosial yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district review vault (dinas sosial):
  verdes review enrol VAULT OUTFILE [--force]
                                 write your reviewer enrolment request for the district
                                 hub, and show the fingerprint to read to its operator
  verdes review accept VAULT ANSWER --hub-fingerprint XXXX-XXXX-XXXX-XXXX
                                 import the hub&apos;s answer; the fingerprint is the one the
                                 hub&apos;s operator gave you
  verdes review status VAULT     the office, its hub, and each reviewer&apos;s enrolment
  verdes review sync VAULT       fetch the batches the hub received since the last time, and
                                 send the verdicts given since, over the internet
  verdes review request VAULT OUTFILE [--force]
                                 the same by USB stick: write the request for the hub&apos;s
                                 operator (verdes-hub feed), then
  verdes review import VAULT FILE
                                 import the batches the operator gave you
  verdes review queue VAULT [--village CODE] [--state STATE] [--incomplete] [--limit N]
                                 the items to review, oldest first, with the counts per
                                 state and village; --incomplete: only items the
                                 completeness check found something missing in
  verdes review decide VAULT ITEM VERDICT [--reason CODE] [--note TEXT] [--facilitator NAME]
                     [--result N] [--nik padan|tidak_padan|belum]
                                 give an item of the queue your signed verdict:
                                 a verifier: returned (--reason RT01…RT99), gc_assigned
                                 (--facilitator), gc_done (--result 1…7), verified;
                                 the office head: approved, rejected (--reason RJ01…RJ99)
  verdes review verdicts VAULT OUTFILE [--force]
                                 write the verdicts the hub has not confirmed yet, for the
                                 hub&apos;s operator (verdes-hub verdicts), then
  verdes review receipt VAULT FILE
                                 import the hub&apos;s receipt for them
  verdes review export VAULT FOLDER [--village CODE] [--force]
                                 write the approved items as BNBA (.xlsx and .csv) with a
                                 manifest signed by your key, for forwarding to the ministry
Each verifier and office head enrols their own key: it signs their verdicts, and the
batches from the hub are sealed to it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches for the district:
  verdes batch list VAULT        the batches of the sealed meetings and where they stand
  verdes batch send VAULT        send every batch the district has not answered to the
                                 district hub over the internet, and record its receipts
  verdes batch export VAULT OUTFILE [--batch N] [--force]
                                 write a batch, sealed for the district hub, to a file (for
                                 a USB stick); without --batch the oldest one the district
                                 has not answered yet
  verdes receipts import VAULT FILE
                                 record the district&apos;s signed receipt for a batch
  verdes revocations import VAULT FILE
                                 read the district&apos;s signed revocation list (brought on a
                                 USB stick); if it names this laptop, the vault locks
  verdes hub-keys import VAULT FILE
                                 follow the district hub to its new keys, from the key
                                 list it gave (verdes-hub keys); a send does it by itself

The district&apos;s verdicts:
  verdes decisions import VAULT FILE
                                 apply the verdicts of the dinas sosial from the file the
                                 district hub wrote (verdes-hub decisions), after checking
                                 every signature; a returned proposal comes back as a new
                                 draft
  verdes decisions sync VAULT    fetch the district&apos;s new verdicts over the internet
  verdes decisions VAULT         the proposals with a verdict: state, reason and note

Enrolling this laptop with the district hub:
  verdes enrol request VAULT OUTFILE
                                 write the enrolment request for the district, and show
                                 the fingerprint to read to them
  verdes enrol accept VAULT ANSWER --hub-fingerprint XXXX-XXXX-XXXX-XXXX
                                 import the district&apos;s answer; the fingerprint is the one
                                 the district gave you, to be sure the answer is theirs
A laptop whose enrolment the district revoked enrols again the same way: the request
then carries a new device key, and the district&apos;s answer reopens the vault.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decisions command &quot;%1&quot; (one of: import, sync, or only the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: verdes import VAULT FILE [--skip-bad-rows [--rejects FILE]]

Imports a CSV snapshot of the registry into the vault. The whole file is checked first;
if any row has an error nothing is imported, unless --skip-bad-rows is given: then the
families with errors are left out, listed, and kept in the vault as a report (--rejects
FILE also writes them to FILE). The summary says which separator the file uses and which
optional columns it lacks; the vault keeps its values of those columns.

FILE may also be the DTSEN data the district hub signed for this laptop (a .vsnp file from
&apos;verdes-hub snapshot&apos;): it is verified first, and refused when it is not for this village and
laptop, not signed by the hub this laptop trusts, or not newer than the last one imported.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official DTSEN data from the district hub: %1, number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault now holds the DTSEN data number %1 of the district hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data protection (UU PDP):
  verdes privacy access VAULT NIK FILE.pdf [--force]
                                 the access report for the person with this NIK: what the
                                 vault (village or district) holds about them and every
                                 processing recorded, as an A4 PDF for that person (the full
                                 NIK is in it); says so when nothing is held. For an officer
                                 whose role may export personal data; recorded in the history
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the access report (%n page(s)). Give it only to the person it is about.</source>
        <translation>
            <numerusform>Wrote the access report (%n page). Give it only to the person it is about.</numerusform>
            <numerusform>Wrote the access report (%n pages). Give it only to the person it is about.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This vault holds nothing about a person with this NIK. Wrote the report saying so (%n page(s)).</source>
        <translation>
            <numerusform>This vault holds nothing about a person with this NIK. Wrote the report saying so (%n page).</numerusform>
            <numerusform>This vault holds nothing about a person with this NIK. Wrote the report saying so (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1: held by %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  verdes review claim VAULT ITEM... [--days N]
  verdes review claim VAULT --village CODE [--days N]
                                 take items (or every open item of a village, before a
                                 field visit) through the hub for N days (1 by default, at
                                 most 30): nobody else&apos;s verdict on them is accepted meanwhile;
                                 exit code 3 when another reviewer holds one of them
  verdes review release VAULT ITEM...
                                 give items you took back; &apos;verdes review sync&apos; renews the
                                 items you hold and lists those others hold
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review claim needs VAULT and the items&apos; numbers, or --village CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review release needs VAULT and the items&apos; numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village %1 has no open item to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) taken for </source>
        <translation>
            <numerusform>%n item taken for </numerusform>
            <numerusform>%n items taken for </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n day.</numerusform>
            <numerusform>%n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) released.</source>
        <translation>
            <numerusform>%n item released.</numerusform>
            <numerusform>%n items released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are held by another reviewer:</source>
        <translation>
            <numerusform>%n item is held by another reviewer:</numerusform>
            <numerusform>%n items are held by another reviewer:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unknown to the hub.</source>
        <translation>
            <numerusform>%n item unknown to the hub.</numerusform>
            <numerusform>%n items unknown to the hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) you hold renewed.</source>
        <translation>
            <numerusform>%n item you hold renewed.</numerusform>
            <numerusform>%n items you hold renewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>in conflict with the DTSEN data: resolve it in the application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsEditor</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>New village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which village will this vault hold? Type the 10-digit Kemendagri code of the desa or kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer who opens the vault. More officers can be added later, each with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence that only you know is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, only this key opens the vault. It is shown now and never again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;village: the desa or kelurahan&apos;s registry and its change proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;dinas sosial of a regency or city: reviewing the villages&apos; proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMeeting</name>
    <message>
        <source>Died; reported by the head of the RT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out of the village with their own family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the BPD (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village secretary (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with the demo village: run it from the Musdes page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVillage</name>
    <message>
        <source>The number of households must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo village needs the date ages are counted to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictVerdict</name>
    <message>
        <source>Approved, waiting for the next snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ground check: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (facilitator: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The meeting&apos;s number (001/MUSDES/XII/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of meeting in words (Musyawarah Desa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of meeting, short (MUSDES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the week of the meeting (Jumat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date (4 Desember 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the meeting began (09.00), empty when not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the meeting was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kepala desa or lurah, from the attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Desa&quot; or &quot;Kelurahan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Kepala Desa&quot; or &quot;Lurah&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s code (33.10.04.2999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kecamatan&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kabupaten or kota, as its name is written (Kabupaten Klaten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter of the meeting&apos;s date (IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the meeting&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance list as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty attendance table, numbered rows for signing on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items were on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items were agreed (with households proposed for removal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items were rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items were deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many flagged households the meeting kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions as a numbered list that cites the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed items by name and address, with NIK and KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected items as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deferred items as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed items with name, RT/RW and type only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal&apos;s short hash, or BELUM DISEGEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the document was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (berita acara)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed items by name and address (BNBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice-board copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of responsibility (SPTJM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Enrol this laptop with the district hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment links this laptop with the district hub: the district then accepts this laptop&apos;s batches, and this laptop accepts only the district&apos;s answers. It takes two steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: the request for the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this fingerprint to the district officer, in person or by telephone, and give them the request: they scan the QR code, or you take the request file to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: the district&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district gives you an answer file and tells you the hub&apos;s fingerprint. Open the file, then type the fingerprint they told you: it proves the answer is really theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open answer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint the district told you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol with this hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub key list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer enrolment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request for received batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received batches for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt for verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request for decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions from the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request to take or release items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer about items taken</source>
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
        <source>No village vault was found at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A village vault already exists at &quot;%1&quot;. It was not touched; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Verdes village vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; is damaged and cannot be opened safely. It was not changed. Restore it from a backup copy or ask your district office for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database at &quot;%1&quot; is not encrypted, so Verdes refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village vault was made by a newer version of Verdes (format %1; this version knows up to %2). Install the newer Verdes to open it. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; is already open in another Verdes window or on another computer. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; is in a place where Verdes cannot write (for example a locked USB stick). Copy the whole folder to this computer and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the village vault at &quot;%1&quot; is full. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this village vault.</source>
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
        <source>There is no officer named &quot;%1&quot; in this village vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer named &quot;%1&quot; already exists. Use another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last way to open the village vault. Add another officer first.</source>
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
        <source>The key file of the village vault at &quot;%1&quot; is damaged. Restore the folder from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village vault is locked. Unlock it first.</source>
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
    <message>
        <source>As %1 you may not %2. Ask an officer with that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of this village vault has been altered outside Verdes: entry %1 does not match the entries before it. Tell your district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was opened with the recovery key, which only serves to restore access. Add or reset an officer, then open the vault as that officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal cannot be marked ready yet. Still missing:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a proposal from &quot;%1&quot; to &quot;%2&quot; is a later step that this version of Verdes does not offer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed proposal %2 while you were working on it. Your changes were not saved: open the proposal again to see theirs, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is &quot;%1&quot;: only a draft can be changed. Move it back to draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household or person %1 is not in the registry of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is missing from the newest snapshot (it may have been removed upstream). No proposal can be made or continued against it; check the household first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of proposal %1 changed since it was written. Compare the values and confirm the proposal again before marking it ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry field that a proposal can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the proposal to &quot;%1&quot; needs a reason. Write one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1, larger than the limit of %2. Take a smaller photo or scan with a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a photo (JPEG, PNG) or a PDF document. Only those can be attached as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; claims to be %2 but its content is %3. The file may be damaged or renamed; attach the original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is &quot;%1&quot;: its evidence can no longer be changed, only replaced by a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this flag does not need a proposal: the reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flag is no longer open. Run the checks again to see the current flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal cannot be marked ready: the data of the new record breaks these rules:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of this village vault asks for a passphrase check that Verdes does not accept (%1 passes over %2 MiB; Verdes accepts 2 to 10 passes over 64 to 1024 MiB). The file was probably altered. Nothing was opened or changed; restore the folder from a backup copy or ask your district office for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of the village vault at &quot;%1&quot; has been altered outside Verdes, so Verdes refuses to use it. Nothing was changed. Restore the folder from a backup copy or ask your district office for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of the village vault at &quot;%1&quot; does not match the database: the database may have been replaced by an older copy, or the key file by another one. Nothing was changed. An officer who manages officers can restore access with the recovery key (&quot;verdes officer repair&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; was made by an early test version of Verdes whose key file this version no longer reads. Export its data with that version and import it into a new village vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase no longer opens the village vault: the passphrase of &quot;%1&quot; was changed, or the officer was removed. Use the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from this village vault and can no longer open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key cannot be changed while other work (an import, a check, a search warm-up) still reads the database. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this village vault does not match its history: it was changed outside Verdes, without an entry in the history. Tell your district office. What differs:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of this village vault does not match the anchor you gave (entry %1, fingerprint %2): it was altered, cut short or replaced by another copy. Tell your district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer saw the history of this village vault up to entry %1 on %2, but it now ends at entry %3. The folder may be an older copy. Tell your district office before working with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence &quot;%1&quot; was altered inside the village vault: its content no longer matches what was attached. It is not shown. Tell your district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the folder of the village vault &quot;%2&quot;. Nothing else may be written there: it could destroy the vault. Choose a place outside that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, a device, a pipe or a broken link, not an ordinary file. Verdes reads and writes ordinary files only: choose another name, or save the data as a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters, not counting spaces. A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the officer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer&apos;s name may not hold a line break, a tab or another control or formatting character (here %1). Type the name again with letters, digits, spaces and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer&apos;s name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid village code. A village code has 10 digits, with or without dots, like 33.18.19.2001; the last four start with 1 for a kelurahan or 2 for a desa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a desa or kelurahan of the Kemendagri list of 2025 (%2 has no village with this number). Check the code on the village&apos;s official letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a desa or kelurahan of the Kemendagri list of 2025. Check the code on the village&apos;s official letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is an old village code, last listed in %3. Its code in the Kemendagri list of 2025 is %4 (%5): use that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is an old village code, last listed in %3, and is not in the Kemendagri list of 2025. Ask the kecamatan office for the village&apos;s current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was saved as Unicode text (UTF-16), not UTF-8, so Verdes cannot read it. Save it again as &quot;CSV UTF-8 (Comma delimited)&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the file is not saved as UTF-8 text, so letters such as é or the apostrophe ’ cannot be read. Save it again as &quot;CSV UTF-8 (Comma delimited)&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the file holds no known column names (such as household_id or nik). The first line must be the header with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village code of this vault (%1) is not a valid region code, so nothing can be imported into it. Create a new vault with the village&apos;s code from the Kemendagri list and import there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 is sealed: nothing of it can change any more. To correct it, prepare an addendum meeting that refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 is not sealed yet. Correct it directly; an addendum refers only to a sealed meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1 is not on this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agenda item(s) have no decision yet. Record a decision for every item (deferred is a decision) before sealing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance list is empty. Record who attended before sealing the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision by vote needs the number of votes for, against and abstaining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision this agenda item can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item already has a decision, so it stays on the agenda. Record &quot;deferred&quot; to move it to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the field is shown to the room: the reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal of meeting %1 no longer matches its content (%2). The meeting was changed after it was sealed. Tell your district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is &quot;%2&quot;: only proposals ready for the meeting can go on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household %1 is already on this agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SPTJM is signed by the village head alone: it has no attendance list or votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%2&quot; uses the placeholder &quot;%1&quot; on line %3, which Verdes does not know. Correct it to one of the listed placeholders, or remove it. The template was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; opens a placeholder with &quot;{{&quot; on line %2 but never closes it with &quot;}}&quot;. The template was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document template named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet &quot;%1&quot; could not be written. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a readable Verdes %1: it is damaged or was made by something else. Nothing was changed. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is larger than %2 MiB, more than Verdes accepts. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of this %1 does not match its content: it was changed after it was signed. Nothing was changed. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is signed with key %2, which is not enrolled here (or no longer). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was sealed for another hub (key %2) and cannot be opened here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch number %1 in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the district hub yet. Make an enrolment request, have the district approve it, and import its answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is meant for another laptop or another request, not for this vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is signed with key %2, which is not the key of the district hub this laptop is enrolled with. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1 is not in this hub&apos;s district (%2): its laptop enrols with its own district&apos;s hub. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint typed (%1) is not the one in the file (%2). Check it again with the other side, over the phone or in person: if it still differs, the file is not theirs. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district could not read the file it was given (%1), so it could not say which batch it was. Export the batch again and take the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not open the hub in %2: it is not the key this hub was made with, or it does not hold 64 hex digits. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s database %1 cannot be reached. Check that PostgreSQL runs there, that this computer may connect to it, and the user name and password (best kept in ~/.pgpass or a service file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub at %1 cannot be reached now: the internet connection may be down, or the hub may be off. Nothing was lost; Verdes tries again by itself, and the batch can also go on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not show the certificate of the district hub this laptop enrolled with, so nothing was sent to it. If the district changed its certificate, enrol again; otherwise tell the district: someone may be in the way of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub refused the batch: %1. Nothing was changed in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot listen on %1: the port may be in use by another program, or the address is not one of this machine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS file %1 is not a PEM certificate or an RSA or EC private key the hub can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub at %1 was reached but could not store the batch just now: its disk may be full. Nothing was lost; the batch stays on this laptop and Verdes sends it again by itself later. If this goes on, tell the district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub &quot;%1&quot; has revoked this laptop&apos;s enrolment, so the vault is locked: only enrolling again is possible. The data stays encrypted and safe. Contact the dinas sosial, make a new enrolment request and import the answer they send; the vault then opens as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop&apos;s device key %1 was revoked, and a revoked key is never enrolled again (a copy of that laptop&apos;s vault holds it too). The village makes a new enrolment request: Verdes gives the laptop a new key for it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault of village %2 is still enrolled here with the device key %1, and a vault has one key at a time. If that laptop is to enrol with a new key, revoke the old key first (verdes-hub revoke). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the district hub &quot;%1&quot; expired on %2, so Verdes does not seal batches for them any more. Connect to the internet and press &quot;Send now&quot;, or import the hub&apos;s new key list from the district on a USB stick. If the laptop&apos;s date is wrong, correct it first. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 is signed with an old key of the district hub, which the district has since replaced, so Verdes no longer trusts it. Ask the district for the file again: it will be signed with the new key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another verdes-hub rotated this hub&apos;s keys at the same moment. Nothing was changed by this one: check &apos;verdes-hub status&apos; before rotating again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district review vault of district %1 is not in this hub&apos;s district (%2): its reviewers enrol with their own district&apos;s hub. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is enrolled here as a reviewer&apos;s key, and a key is never enrolled both as a reviewer&apos;s and as a laptop&apos;s. The laptop makes a new enrolment request with a key of its own. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is enrolled here as a laptop&apos;s device key, and a key is never enrolled both as a laptop&apos;s and as a reviewer&apos;s. The reviewer makes a new request from the district review vault, with a key of their own. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regency or city of the Kemendagri list of 2025. A district code has 4 digits, with or without a dot, like 33.74 for Kota Semarang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer of a %2 cannot have the role &quot;%1&quot;. Choose one of the roles this vault offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in a %1. A village&apos;s registry, proposals and meetings live in its village vault; the review of the villages&apos; proposals lives in the district review vault of the dinas sosial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s key %1 was revoked, and a revoked key is never enrolled again (a copy of the district review vault holds it too). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub does not know you as a reviewer: you are not enrolled yet, or your enrolment was revoked. Make your reviewer enrolment request and have the hub&apos;s operator approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item number %1 in the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item that is &quot;%1&quot; cannot be given the verdict &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file of the district&apos;s verdicts is older than the verdicts this vault already holds: it was imported before, or it is an old copy. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verdict in this file of the district&apos;s verdicts cannot be trusted: it is not signed by a reviewer the dinas sosial enrolled for it, or it does not fit what this village sent. Nothing of the file was applied. Ask the district for a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict on proposal %1 in this file of the district&apos;s verdicts cannot be trusted: it is not signed by a reviewer the dinas sosial enrolled for it, or it does not fit what this village sent. Nothing of the file was applied. Ask the district for a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No laptop of village %1 is enrolled with this hub (or every one was revoked), so there is no key to seal its decisions or its DTSEN data to. Enrol the village&apos;s laptop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This DTSEN data file is number %1, and this vault already imported number %2: it is an old copy, or it was imported before. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not the data of village %1: its row on line %2 is of another village. Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no DTSEN data for village %1 yet. Publish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no DTSEN data number %2 for village %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has taken this item until %2. Wait until then, or ask them to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district social office server already answered a newer request to take or release items from this reviewer; this one was not applied. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is not in conflict with the DTSEN data: there is nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for &quot;%1&quot; too whether the proposal keeps its value or takes the DTSEN data&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No laptop with the key %1 is enrolled at this hub. &apos;verdes-hub status&apos; lists the enrolled laptops and their keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 of this laptop is not revoked yet. Revoke it first with &apos;verdes-hub revoke&apos;, so that the lost laptop can no longer send or receive anything, then write the notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>a JPEG photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a photo nor a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCheckJob</name>
    <message>
        <source>Checking the evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
<context>
    <name>FlaggedHouseholdPicker</name>
    <message>
        <source>Add a flagged family to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the head, family id or RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDetailView</name>
    <message>
        <source>Choose a household in the list to see its members, housing, programmes and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK %1 · RT %2 / RW %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PBI-JK for %n member(s)</source>
        <translation>
            <numerusform>PBI-JK for %n member</numerusform>
            <numerusform>PBI-JK for %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full NIK and KK numbers of this family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCommandLine</name>
    <message>
        <source>Run &apos;verdes-hub --help&apos; to see how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replace it, add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-offline-days is a number of days, 0 (no limit) to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &quot;%1&quot; made in %2. Its fingerprint, to read to the villages when they enrol: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled the laptop of %1 (%2), asked by %3; device fingerprint %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this fingerprint with the village before they import the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer written to %1. The village imports it and checks the hub&apos;s fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop %1 revoked: the hub takes nothing more from it, and it locks its vault at its next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 of village %2 accepted (%n item(s)).</source>
        <translation>
            <numerusform>Batch %1 of village %2 accepted (%n item).</numerusform>
            <numerusform>Batch %1 of village %2 accepted (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 of village %2 partly accepted: some items came in an earlier batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was received before; the receipt is the one given then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt written to %1; give it to the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1 (%2), district %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops: %1 enrolled, %2 revoked. Batches: %3 (%4 items). Refused uploads: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is the https:// address the villages reach the hub at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url and --tls-cert go together: the address villages reach the hub at, and the certificate they will see there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs --listen ADDRESS:PORT, for example --listen 127.0.0.1:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the certificate this hub&apos;s villages pinned when they enrolled: serve with that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &quot;%1&quot; serves at %2://%3:%4. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-days and --key-valid-days are a number of days, 0 (no expiry) to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s keys are now generation %1, fingerprint %2 (was %3)%4. Villages follow at their next contact over the internet; give villages on USB the key list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &apos;verdes-hub serve&apos; processes sign with the new keys within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this hub&apos;s keys expired on %1; villages refuse what they sign. Run &apos;verdes-hub rotate-keys&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED on %1: run &apos;verdes-hub rotate-keys&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1 (keys of generation %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers is a number of threads, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled the reviewer %1 (%2) of %3; reviewer fingerprint %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this fingerprint with the reviewer before they import the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer written to %1. The reviewer imports it in the district review vault and checks the hub&apos;s fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer %1 (%2), key %3, revoked: the hub takes nothing more signed by this key, and the district review vault locks at its next contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers: %1 enrolled, %2 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new for reviewer %1: their vault holds every batch the hub received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) for reviewer %1, numbers %2 to %3.</source>
        <translation>
            <numerusform>%n batch for reviewer %1, numbers %2 to %3.</numerusform>
            <numerusform>%n batches for reviewer %1, numbers %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has more (up to number %1): once this file is imported, make another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1; give it to the reviewer, who imports it with &apos;verdes review import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not read or its signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by a key this hub never enrolled as a reviewer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by a revoked reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer&apos;s role does not give this verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a village outside this hub&apos;s district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub holds no accepted item for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another verdict on the item came first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s state does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) accepted, %1 received before, %2 refused.</source>
        <translation>
            <numerusform>%n verdict accepted, %1 received before, %2 refused.</numerusform>
            <numerusform>%n verdicts accepted, %1 received before, %2 refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict %1 refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt written to %1; give it to the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VILLAGE is the 10-digit code of the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after is the number of the last decision the village holds, 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new verdicts for village %1 after number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) for village %1, numbers %2 to %3, sealed to its laptop %4.</source>
        <translation>
            <numerusform>%n verdict for village %1, numbers %2 to %3, sealed to its laptop %4.</numerusform>
            <numerusform>%n verdicts for village %1, numbers %2 to %3, sealed to its laptop %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has more (up to number %1): write the next file with --after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1; give it to the village, which imports it with &apos;verdes decisions import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdes-hub: the district hub that takes the villages&apos; change batches.

  verdes-hub init HUBDIR --district-code CODE --name TEXT
                  [--url https://… --tls-cert FILE] [--max-offline-days N] [--key-file FILE]
                  [--key-valid-days N] [--postgres URI]
                                 make a hub: its encrypted database and its keys, in
                                 HUBDIR; the database key goes to HUBDIR/hub.key (readable
                                 by you only) unless --key-file names one of 64 hex digits.
                                 With --postgres, the data goes to that PostgreSQL database
                                 (postgresql://user@host/db; the password in ~/.pgpass) and
                                 HUBDIR/hub.conf remembers it
  verdes-hub enrol HUBDIR REQUEST [--fingerprint XXXX-XXXX-XXXX-XXXX] [--answer FILE]
                                 enrol the laptop of a village&apos;s request, or the reviewer
                                 of a district review vault&apos;s request (verifier or office
                                 head); check the fingerprint with them first. Writes the
                                 answer they import (REQUEST.answer unless --answer)
  verdes-hub revoke HUBDIR KEY [--out FILE]
                                 revoke a laptop or a reviewer (its key id, as status
                                 shows it) and write the new revocation list
  verdes-hub revocations HUBDIR OUTFILE
                                 write the current revocation list
  verdes-hub rotate-keys HUBDIR [--valid-days N] [--out FILE]
                                 replace the hub&apos;s signing and sealing keys with new ones,
                                 vouched for by the old signing key; villages follow at
                                 their next contact, or from the key list (--out) on USB.
                                 Batches sealed to the old keys still open
  verdes-hub keys HUBDIR OUTFILE write the hub&apos;s current key list, for villages on USB
  verdes-hub ingest HUBDIR FILE [--receipt RECEIPT]
                                 take a sealed batch from a USB stick and write the signed
                                 receipt for the village (FILE.receipt unless --receipt)
  verdes-hub feed HUBDIR REQUEST [--out FILE]
                                 answer a reviewer&apos;s request for the batches the hub
                                 received (made with &apos;verdes review request&apos;): writes the
                                 page for their district review vault, sealed to their
                                 key (feed-N.vrfd next to REQUEST unless --out)
  verdes-hub verdicts HUBDIR UPLOAD [--out FILE]
                                 take a district review vault&apos;s verdicts from a USB stick
                                 and write the signed receipt for it
                                 (verdicts-receipt.vdrc next to UPLOAD unless --out)
  verdes-hub decisions HUBDIR VILLAGE [--after N] [--out FILE]
                                 write the verdicts on a village&apos;s items after its number
                                 N, sealed to the village&apos;s laptop, for a USB stick
                                 (decisions-VILLAGE-LATEST.vdcl unless --out)
  verdes-hub snapshot HUBDIR VILLAGE CSV [--label TEXT] [--out FILE]
                                 publish a village&apos;s quarterly DTSEN snapshot (the CSV as
                                 it came; the same CSV again keeps its number) and write
                                 it signed, sealed to the village&apos;s laptop, for a USB
                                 stick (snapshot-VILLAGE-N.vsnp unless --out). The label
                                 is the CSV&apos;s name unless given: &quot;DTSEN Desember 2026&quot;
  verdes-hub status HUBDIR       the hub, its key fingerprint, the enrolled laptops and
                                 reviewers
  verdes-hub serve HUBDIR --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE]
                  [--workers N]  take batches over HTTP(S) until stopped: with TLS itself,
                                 or plain behind nginx on the same machine. N threads
                                 (4 unless given, 1 to 64) work on the database at once

Every verb but init takes --key-file when the database key is not in HUBDIR/hub.key,
and --postgres URI to use another database than the one HUBDIR/hub.conf names.

Exit codes:
  0  success
  1  the command was used wrongly
  3  a file that is not what it should be (damaged, for another hub or laptop), or a
     request the hub refuses (a revoked key, a second key for a vault, a laptop&apos;s key
     as a reviewer&apos;s, a snapshot of another district or village)
  4  not a hub folder, a damaged hub database, or its database out of reach
  5  a file that may not be written, or another error reading or writing files
  6  serve cannot listen on the address and port given
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label names the snapshot, for example --label &quot;DTSEN Desember 2026&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published the snapshot &quot;%1&quot; of village %2 as number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CSV was published before for village %1, as number %2 (&quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed to its laptop %1 and written to %2; give it to the village, which imports it with &apos;verdes import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data protection (UU PDP):
  verdes-hub breach-notice HUBDIR KEY --out FILE.pdf [--text FILE.txt] [--force]
                                 for a lost or stolen laptop, once its KEY is revoked (exit
                                 code 3 before): what the hub knows it held, and a draft of
                                 the notice that UU 27/2022 art. 46 requires within 3 x 24
                                 hours (the PDF to print; --text: the same draft to edit)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach-notice needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the draft breach notice (%n page(s)) for laptop %1 of %2 (batches sent: %3, items: %4). Fill in the parts in [brackets]; the notice is due within 3 x 24 hours.</source>
        <translation>
            <numerusform>Wrote the draft breach notice (%n page) for laptop %1 of %2 (batches sent: %3, items: %4). Fill in the parts in [brackets]; the notice is due within 3 x 24 hours.</numerusform>
            <numerusform>Wrote the draft breach notice (%n pages) for laptop %1 of %2 (batches sent: %3, items: %4). Fill in the parts in [brackets]; the notice is due within 3 x 24 hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>another reviewer has taken the item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a registry snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip families with errors and import the others (the skipped rows are kept in a report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File f&amp;ormat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to save a file from Excel or LibreOffice that Verdes can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals in conflict with the new DTSEN data, to settle one by one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional columns not in the file, whose values the vault keeps: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to save a file for Verdes from Excel or LibreOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdes reads a CSV file: a header line with the column names, then one line per member. It reads files saved by Excel or LibreOffice as they are: columns separated by commas, semicolons or tabs, column names in any letter case, empty columns and rows at the end. What it cannot repair are long numbers that a spreadsheet changed: NIK, KK numbers, PLN customer ids, SLS codes and region codes shown as 3,31819E+15, rounded to end in 0, or stripped of their leading zeros (0001 becomes 1). Such rows are refused. Keep these columns, and the dates, as Text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Excel:
1. Do not open the file by double-clicking it. In an empty workbook choose Data › From Text/CSV and pick the file; set File Origin to &quot;65001: Unicode (UTF-8)&quot; and Data Type Detection to &quot;Do not detect data types&quot;, then Load. (Older Excel: Data › From Text, and in step 3 select every column and choose Text.)
2. Make your changes. Type dates as 2024-01-31.
3. File › Save As, type &quot;CSV UTF-8 (Comma delimited)&quot;. Not &quot;CSV (Comma delimited)&quot;: that one spoils letters such as é and the ’ apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In LibreOffice Calc:
1. File › Open and pick the file. In the Text Import window set Character set to &quot;Unicode (UTF-8)&quot; and tick the separator the file uses, click the top-left corner of the preview to select every column, set Column type to Text, then OK.
2. Make your changes. Type dates as 2024-01-31.
3. File › Save As, type &quot;Text CSV (.csv)&quot;, tick &quot;Edit filter settings&quot;, keep the format, then set Character set to &quot;Unicode (UTF-8)&quot; and Field delimiter to , or ;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then import the file again. Each problem is listed with its line and its column as the spreadsheet names them (for example line 7, column BT (name)), so that you can find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflected in the DTSEN data</source>
        <translation>
            <numerusform>%n reflected in the DTSEN data</numerusform>
            <numerusform>%n reflected in the DTSEN data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reflected (flagged: propose again if still needed)</source>
        <translation>
            <numerusform>%n not reflected (flagged: propose it again if still needed)</numerusform>
            <numerusform>%n not reflected (flagged: propose them again if still needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adjusted to the new data (other fields changed)</source>
        <translation>
            <numerusform>%n adjusted to the new data (other fields changed)</numerusform>
            <numerusform>%n adjusted to the new data (other fields changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict with the new data (to resolve)</source>
        <translation>
            <numerusform>%n in conflict with the new data (to resolve)</numerusform>
            <numerusform>%n in conflict with the new data (to resolve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose family or member is gone (to withdraw)</source>
        <translation>
            <numerusform>%n whose family or member is gone (to withdraw)</numerusform>
            <numerusform>%n whose family or member is gone (to withdraw)</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK has 15 digits instead of 16 (%1); ask Dukcapil for the correct NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK number has 15 digits instead of 16 (%1); check the family card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK may contain only digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK number may contain only digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK must have 16 digits, not %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK number must have 16 digits, not %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid birth date in NIK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK serial number must not be 0000 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NIK recorded (normal for newborns and people without documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first six digits of the NIK (%1) are not a known kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex in the NIK (%1) differs from the recorded sex (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date in the NIK (%1) differs from the recorded birth date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same NIK (%1) is used by another active member (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KK number recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first six digits of the KK number (%1) are not a known kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family has no head (relationship 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family has %1 heads; it must have exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head has %1 spouses recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same KK number (%1) is used by another family (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code %1 has an invalid regency or city number (must be 01-69 or 71-99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code %1: the village part must start with 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code must have 10 digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code %1 is not in the current Kemendagri list (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village code %1 is not the village of this vault (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid month (%1); write it as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date (%1); write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid combination of the listed options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a decimal number with at most 6 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID must have 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown questionnaire version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative number not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as pregnant but male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as pregnant at age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1: over 100 years, check whether the person has died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent of the head is only %1 years older than the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child is only %1 years younger than the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as ever married at age %1 (legal minimum age 19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job details filled although the person did not work last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked last week but %1 working hours recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school level &apos;%1&apos; is unlikely at age %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>land proof filled although the building is not owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed power filled although lighting is not metered PLN electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toilet type filled although the family has no toilet of its own or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nutrition recorded for someone aged 5 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business details filled although the person has no business of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 animals is unusually many; check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor area of %1 m² is unusually large; check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by SIKS-NG but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence required for this proposal is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household columns differ from the family&apos;s first row (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person_id is repeated (first on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem with this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has turned this NIK into %1 and its digits are lost: format the column as Text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has turned this KK number into %1 and its digits are lost: format the column as Text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has rounded this number to %1 (it keeps only 15 digits): format the column as Text and export again from the original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has removed the zeros at the start of this code: %1 should have %2 digits; format the column as Text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has changed this date to %1: format the column as Text, write dates as YYYY-MM-DD and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel has turned this number into %1 and its digits are lost: format the column as Text and export again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <source>%1, %2</source>
        <comment>long date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New village vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open village vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import snapshot (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &amp;detail panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Verdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &quot;Send to district&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Village meeting (musdes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special village meeting (musdesus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelurahan meeting (muskel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of responsibility (SPTJM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village head / lurah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPD member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKH facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TKSK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Babinsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bhabinkamtibmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religious, customary or community figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative of poor households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District social office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camat / sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged registrants: keep or propose removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vote: %2 for, %3 against, %4 abstaining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by consensus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>&lt;b&gt;Village meetings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a new meeting (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting yet. Prepare one with “New meeting…”: its agenda is built from the proposals that are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Sealing the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the seals of the meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balai desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed meeting cannot change: a correction is a new meeting that refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves what was changed and goes back to the list of meetings (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting&apos;s data (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The berita acara, attendance list and BNBA of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ru&amp;n the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the operator&apos;s window and the projector for this meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecordCheck</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePdf</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>District hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches of the sealed meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items of the selected batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;verdicts from USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get verdicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of member %1 of the new household (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalChangesView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When written (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm against the current data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this change is needed, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: destination unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth (the birth certificate is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New KK number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old head died (the death certificate is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector&apos;s address (RT/RW):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other record (household id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalListPage</name>
    <message>
        <source> · target gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>%1 (proposal %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the meeting agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by an SPTJM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed in signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a batch for the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground check assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground check done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to Kemensos/BPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflected in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reflected in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalType</name>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member working abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family card change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social assistance proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal from assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity card (KTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family card (KK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>death certificate or village death letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos of the house (front, inside, side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter of low income (SKTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter from the RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof of employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family member(s) concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new address or destination (or that it is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last known address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of the new household and its head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new member&apos;s name, sex, birth date and relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new family card number (16 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason code (TL01–TL99; for TL99 the reason in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objector&apos;s name and address in this village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duplicate record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cek Bansos application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection by a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>civil servant, TNI or Polri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family of a civil servant, TNI or Polri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>well-off, does not meet the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pensioner of a civil servant, TNI or Polri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular income from the state or regional budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuses aid and PBI-JK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income above the provincial minimum wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK, BUMN or BUMD staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets (vehicle, electricity use, house, jewellery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sembako (BPNT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBI-JK health insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>Checking the records…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityText</name>
    <message>
        <source>Deceased member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased head of family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very old member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member moved, abroad or not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole family moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant, TNI or Polri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-service pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBI-JK at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several spouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared KK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible age gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as deceased on %1 but still listed in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as deceased but still listed in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the family is recorded as deceased: the family needs a new head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1: check whether this person is still alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as living or working abroad but still listed in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as not found but still listed in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as moved elsewhere in Indonesia but still listed in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this family lives here any more (%1 moved, abroad or not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A civil servant, soldier or police officer in a family that receives aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives a civil-service pension (Taspen) in a family that receives aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance paid by an employer in a family that receives aid: check for a regular income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns things that do not fit a poor family: check the desil and the aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same NIK is recorded for %1 active members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heads among the members who live here; a family has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spouses of the head are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same KK number is on %1 families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 years apart from the head of the family: check the birth dates and the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>evidence item: label, value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An elderly person living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families with this KK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads of family living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members with this NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members moved, abroad or not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members living here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a serious functional difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with PBI-JK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouses of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large house (%1 m²) with a ceramic or marble floor, yet in a low desil or receiving aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business with a large turnover, yet in a low desil or receiving aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members have PBI-JK but the family is in desil %2: their health cover may be stopped. Tell the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs of poverty, yet no desil or a high one, and no aid: the family may have been left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyProposalPicker</name>
    <message>
        <source>Add proposals to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReenrolmentPage</name>
    <message>
        <source>The dinas sosial has revoked this laptop&apos;s enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:
1. Contact the dinas sosial and ask why this laptop&apos;s enrolment was revoked.
2. Make a new enrolment request below, and read its fingerprint to the district officer.
3. Import the answer they send you. The vault then opens as before, and the batches still waiting go to the district again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new enrolment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the district&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionTable</name>
    <message>
        <source>Kelurahan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewClaims</name>
    <message>
        <source>An item is taken for 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name 1 to %1 items to take or release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCodes</name>
    <message>
        <source>Evidence missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (berita acara) or attendance list missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not agree with the family card (KK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason for returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found at the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK does not match the population register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved, or the building is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of another household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched (padan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched (tidak padan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason for returning (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason for rejecting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>&amp;Evidence (Enter opens it large):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also pending for this household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts on this item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the item through the hub for a day: nobody else&apos;s verdict on it is accepted meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item back, for another reviewer to take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewProgressView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged registrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export approved items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved items as BNBA (.xlsx and .csv) with a signed manifest, for forwarding to the ministry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incomplete only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the selected items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;urn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items you took through the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every item of this &amp;village for a field visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a village above first; nobody else&apos;s verdict on its items is accepted for the days you take them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewVerdicts</name>
    <message>
        <source>a return needs its reason, a code from RT01 to RT99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection needs its reason, a code from RJ01 to RJ99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a return or a rejection takes a reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ground check needs the name of the facilitator who visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a ground check being assigned names a facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result of the ground check is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a ground check done has a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <source>Received for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a request &amp;file for the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import batches from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enrolment with the district hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdicts are signed with a key of your own, which the district hub must know. 1. Make your enrolment request and take the file to the hub&apos;s operator, with the fingerprint below read aloud or printed. 2. Import the answer the operator gives you, and type the hub&apos;s fingerprint they tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my enrolment &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the hub&apos;s &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub&apos;s &amp;fingerprint, as the operator told you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save verdicts to USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the hub&apos;s receipt for &amp;verdicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerRole</name>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>look at the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal identity numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark proposals ready for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put proposals on the meeting agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record meeting decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm meeting decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witness the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign an SPTJM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the data-quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismiss data-quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the vault&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPD member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports snapshots, runs the checks and prepares change proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the decisions of the village meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the decisions of the village meeting and signs the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the minutes and the SPTJM, and manages the officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses the village meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can look at the registry but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send change batches to the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol this laptop with the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the villages&apos; proposals, returns incomplete ones, assigns ground checks and verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves or rejects the verified proposals, and manages the officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the villages&apos; proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject verified proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>the passphrase is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the passphrase on the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock automatically after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask NIK and KK numbers in lists (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Verdes starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;cut-off day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the month by which a musdes&apos;s decisions must be entered to count for that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected at a musdes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are invited, for the quorum indicator (it never blocks a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotAge</name>
    <message>
        <source>The registry data here was imported on %1, %2 days ago: BPS re-ranks every three months, so deaths, moves and new desil values since then are missing. Ask the dinas sosial for the newest snapshot and import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotConflictDialog</name>
    <message>
        <source>Proposal and the new DTSEN data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When written (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSEN data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the proposed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal keeps its value, now based on the DTSEN data (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the DTSEN value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DTSEN data&apos;s value stays: this change is dropped from the proposal (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the proposal&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>Writing the snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotImporter</name>
    <message>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped with line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSEN data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotOutcome</name>
    <message>
        <source>Adjusted to the DTSEN data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household or member gone from the DTSEN data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflected in the DTSEN data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reflected in the DTSEN data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, no receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · prepared %3 · for the data subject only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report lists every piece of personal data that this vault holds about the person with the NIK below, and every processing of it that the vault recorded. It answers a request under Law 27 of 2022 on Personal Data Protection (UU PDP), which gives the data subject the right to access their data; the request is to be answered within 3 × 24 hours. The full NIK appears in this report only: hand it to the person it belongs to and to no one else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UU 27/2022 on Personal Data Protection: the data subject&apos;s right of access; processing as a public task under law (social welfare data, DTSEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault holds no record, proposal or review item about a person with this NIK. This statement is the answer to the request for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proposal %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s record in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the vault holds it now (from the newest DTSEN data and the changes applied since), with what proposals would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest DTSEN data no longer has this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the person&apos;s family (household %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals about the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (the files are kept in the encrypted vault):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(replaced by a newer version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed at the village meeting(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the district in batch %1 (made %2, sent %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items from the villages that name the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village %1, batch %2, proposal %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1; state: %2; reason given by the village: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the review queue (refused by the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence held with the item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing recorded in the vault&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing of this person&apos;s data is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log records every change, every import and export, every print of the meeting&apos;s documents and every showing of a full NIK or KK number, with who did it and when. Looking at a record with its numbers masked is not recorded one by one. Preparing this report is recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Personal data access report (UU PDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person may ask what this vault holds about them and how it was processed (UU 27/2022). The answer is due within 3 × 24 hours. Type the person&apos;s NIK: the report lists their records, the proposals and evidence about them, the district&apos;s decisions and every processing step recorded. The report shows the full NIK: give it only to the person it belongs to. Making it is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — invented data for practice. The demo passphrase has been filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key that was printed when the vault was created. Spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultKind</name>
    <message>
        <source>Village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District review vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator (pendamping):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground check &amp;result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIK match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote for the village:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Verdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdes keeps your village&apos;s registry of households on this computer, encrypted, and works without an internet connection. Open your village vault to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder ending in .verdes on this computer or on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a village that does not use Verdes yet. You will receive a recovery key to keep safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented households for practice. Nothing in it is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village vault has been opened on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::HouseholdTableModel</name>
    <message>
        <source>Also found in this household: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ProposalListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is missing from the newest snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records changed since the proposal was written: compare the values and confirm it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Decided by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DTSEN data changed a field this proposal changes: open &quot;Resolve&quot; to choose, per field, its value or the DTSEN data&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, but the newest DTSEN data does not show the change. Propose it again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ReviewQueueModel</name>
    <message>
        <source>Flagged for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1 until %2</source>
        <extracomment>who took an item of the review queue through the hub, and until when (&quot;08-12 14:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::SealMeetingJob</name>
    <message>
        <source>Sealing the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::sync::BatchExportJob</name>
    <message>
        <source>Writing the batch for the USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::sync::CatchUpJob</name>
    <message>
        <source>Preparing the batches for the district…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::sync::Outbox</name>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the batches for the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending batch %1 to the district…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::sync::Receipt</name>
    <message>
        <source>a batch is missing before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different batch was already sent with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer is not registered at the district office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district office has withdrawn the registration of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch was changed or damaged after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch is for another village than the one this computer is registered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch was sealed for another district office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this proposal was already received in an earlier batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district office has no room to store it now; send it again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::sync::SendJob</name>
    <message>
        <source>Connecting to the district hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the district&apos;s verdicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::AgendaEditor</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a meeting decides must be entered by the cut-off day of the month (Settings) to count for that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Family with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date of the meeting to see whether it makes this month&apos;s cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the cut-off of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this month&apos;s cut-off: counts for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal is ready: nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) added to the agenda.</source>
        <translation>
            <numerusform>%n proposal added to the agenda.</numerusform>
            <numerusform>%n proposals added to the agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The family was added to the agenda, for the meeting to keep it or propose its removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided item stays on the agenda; its decision can be corrected until the meeting is sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was taken off the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal was taken off the agenda; it is ready again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::AttendanceEditor</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the l&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1 (set how many are expected to see the quorum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2 — quorum reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present %1 of %2 — no quorum yet (%3 needed); the meeting can still go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the attendee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write RT/RW as two numbers, like 003/002, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::BrowserPage</name>
    <message>
        <source>All RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW %1 (all RT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desil yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the latest snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any open flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIK or KK number is found by its first 4 digits or more, or by any 6 of its digits in a row (the birth date, for example 150375).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or type only the start of a name: SITI finds SITI AMINAH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters are on (area, desil, programme, status, flags): set them to “All” to search the whole village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::CorrectionsEditor</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::CreateVaultWizard</name>
    <message>
        <source>Where to keep the village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, with or without dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Too short: %n more character needed.</numerusform>
            <numerusform>Too short: %n more characters needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. A longer sentence would be stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the village&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group %1 of the key. Look at the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery key of the village vault&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Created on %3&lt;/p&gt;&lt;p style=&apos;font-family:monospace;font-size:18pt&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;With this key the village vault can be opened when every passphrase is forgotten. Keep this sheet locked away, apart from the computer. Anyone who has both the vault and this key can read the personal data of every household.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the key down or print it, and keep it apart from this computer. To show that you have it, type group %1 of the key, counting the blocks of four characters from the left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New district review vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinas sosial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which regency or city does this office serve? Type its 4-digit Kemendagri code; the office&apos;s reviewers will receive the batches of its villages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which village will this vault hold? Type the 10-digit Kemendagri code of the desa or kelurahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 digits, with or without a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinas Sosial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::EnrolmentDialog</name>
    <message>
        <source>Fingerprint of this laptop&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too long for a QR code: save the file and take it to the district on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment requests (*.venq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was saved to %1. Take it to the district with the fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the district&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment answers (*.vena);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: %1
District: %2
Fingerprint in the file: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now type the fingerprint the district told you, and compare it with the one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the one of this answer, so nothing was changed. Check the fingerprint with the district officer, or ask them for a new answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is now enrolled with %1 (district %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The district asks for a sync at least every %n day(s).</source>
        <translation>
            <numerusform>The district asks for a sync at least every %n day.</numerusform>
            <numerusform>The district asks for a sync at least every %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop now trusts the district hub&apos;s new key %1. Now open the district&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::EvidencePanel</name>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (JPEG, PNG or PDF, at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (older kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, added by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::EvidenceViewer</name>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Opening the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The document has no page to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The document is protected with a password and cannot be shown. Ask for a copy without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The document could not be read: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::FlaggedHouseholdPicker</name>
    <message>
        <source>Add to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no head recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family has an open warning. Run the data-quality checks (File menu) to find them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flagged family matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flagged family(ies) shown.</source>
        <translation>
            <numerusform>%n flagged family shown.</numerusform>
            <numerusform>%n flagged families shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdFlagsView</name>
    <message>
        <source>Flags: none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not dismiss flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this flag need no proposal? The reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismiss flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdHistoryView</name>
    <message>
        <source>Choose a household to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the vault&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for this household yet. Imports are recorded in the vault&apos;s history; revealing numbers and proposals appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded for this household, newest first.</source>
        <translation>
            <numerusform>%n change recorded for this household, newest first.</numerusform>
            <numerusform>%n changes recorded for this household, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdMembersView</name>
    <message>
        <source>Select a member to propose a change for them; right-click for the proposals about one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdPicker</name>
    <message>
        <source>Find a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, NIK, KK number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, the first digits of a NIK, a KK number or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the latest snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household found for “%1”. Try part of a name, or the first digits of a NIK or KK number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 households found; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n household found.</numerusform>
            <numerusform>%n households found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdProposalsView</name>
    <message>
        <source>New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals for this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) for this household:</source>
        <translation>
            <numerusform>%n proposal for this household:</numerusform>
            <numerusform>%n proposals for this household:</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — target gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ImportDialog</name>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 missing from this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a registry snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file of the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) found.</source>
        <translation>
            <numerusform>%n column found.</numerusform>
            <numerusform>%n columns found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown columns, which will be ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the row cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: imported and flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Families: %1. Members: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were skipped.</source>
        <translation>
            <numerusform>%n row with errors was skipped.</numerusform>
            <numerusform>%n rows with errors were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) were recorded with the families.</source>
        <translation>
            <numerusform>%n warning was recorded with the families.</numerusform>
            <numerusform>%n warnings were recorded with the families.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and importing rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The File format button says how to save a correct file from Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files and DTSEN data (*.csv *.vsnp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official DTSEN data from the district hub: %1, number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households with %2 members were written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, recorded %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the data-quality checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households checked: %2 open flags (%3 new, %4 no longer found, %5 dismissed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of changes is intact and matches the content: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the meeting&apos;s documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files were written to %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::MainWindow</name>
    <message>
        <source>DEMO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open village vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file will hold the personal data of every household in plain text. Keep it only on this computer or an encrypted drive, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Verdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Verdes %1&lt;/h3&gt;&lt;p&gt;Village verification of the social-assistance registry (DTSEN): an encrypted registry of the village&apos;s households, corrections decided in the musdes, and signed batches for the district social office.&lt;/p&gt;&lt;p&gt;Region codes: Kemendagri lists 2016–2025, from the cahyadsn/wilayah repository (MIT licence, © Cahya DSN).&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — DEMO — Verdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Verdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households, %2 persons · %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the history of changes in this vault was not altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see full NIK and KK numbers, so they stay masked for you. Officers whose role allows it will see them in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vault &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new key, so that a copy made earlier (for example by a removed officer) can no longer be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole vault is encrypted again with a new key. Copies of the vault folder made before, for example by an officer who was removed, can then no longer be opened. Officers keep their passphrases. For a big village this takes a minute; the vault is closed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run data-quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open proposal(s) could not be kept as drafts (the editor says why). Close the vault and lose what was written there?</source>
        <translation>
            <numerusform>%n open proposal could not be kept as a draft (the editor says why). Close the vault and lose what was written there?</numerusform>
            <numerusform>%n open proposals could not be kept as drafts (the editor says why). Close the vault and lose what was written there?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close and discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Musdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is enrolled again: the vault is open as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been in touch with the dinas sosial for %n day(s); the district asks for a sync at least every %1 days. Send or sync within %2 days.</source>
        <translation>
            <numerusform>This laptop has not been in touch with the dinas sosial for %n day; the district asks for a sync at least every %1 days. Send or sync within %2 days.</numerusform>
            <numerusform>This laptop has not been in touch with the dinas sosial for %n days; the district asks for a sync at least every %1 days. Send or sync within %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been in touch with the dinas sosial for %n day(s), longer than the %1 days the district allows. Send or sync now: the data stays usable, but the district needs to hear from this laptop.</source>
        <translation>
            <numerusform>This laptop has not been in touch with the dinas sosial for %n day, longer than the %1 days the district allows. Send or sync now: the data stays usable, but the district needs to hear from this laptop.</numerusform>
            <numerusform>This laptop has not been in touch with the dinas sosial for %n days, longer than the %1 days the district allows. Send or sync now: the data stays usable, but the district needs to hear from this laptop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data &amp;access report (UU PDP)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingConsole</name>
    <message>
        <source>RT %1 / RW %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (double-click to open here; only house photos go to the projector, with F11):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item (PgUp, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item (PgDown, Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the projector window (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House photos on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house photos full screen on the projector; again for the next one (F11, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show to the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the photos on the projector, else close this window (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is sealed (seal %1): its decisions can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Item %1 of %2 · %n not decided</source>
        <translation>
            <numerusform>Item %1 of %2 · %n not decided</numerusform>
            <numerusform>Item %1 of %2 · %n not decided</numerusform>
        </translation>
    </message>
    <message>
        <source>No items on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose removal (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 1 or Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 2 or Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 3 or Alt+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (your role may not record decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision first (1, 2 or 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected at %1; it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on this item is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no house photos. Other evidence is shown only on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown on the projector until the next item (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingDocumentsDialog</name>
    <message>
        <source>Documents of meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is sealed (seal %1): every page carries the seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not sealed yet: every page says BELUM DISEGEL (draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BNBA holds NIK and KK numbers: keep printed and saved copies safe. Every print and save is recorded in the vault&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the documents of meeting %1 to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingPage</name>
    <message>
        <source>Prepare a new meeting (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first digits of the seal&apos;s fingerprint, as printed on the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No musdes has been sealed yet. Kepmensos 73/2024: a meeting every three months, or an SPTJM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last musdes was %n day(s) ago; Kepmensos 73/2024: every three months, or an SPTJM.</source>
        <translation>
            <numerusform>The last musdes was %n day ago; Kepmensos 73/2024: every three months, or an SPTJM.</numerusform>
            <numerusform>The last musdes was %n days ago; Kepmensos 73/2024: every three months, or an SPTJM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last musdes was sealed on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>The last musdes was sealed on %1 (%n day ago).</numerusform>
            <numerusform>The last musdes was sealed on %1 (%n days ago).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingView</name>
    <message>
        <source>For example 09.00 or 13.30; may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the meeting, dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New meeting&lt;/b&gt; — fill in its data and save; then add the attendees and the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by %1 on %2 · seal %3. Nothing of this meeting can change; a correction is a new meeting marked as its addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the agenda</source>
        <translation>
            <numerusform>%n item on the agenda</numerusform>
            <numerusform>%n items on the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n decided</source>
        <translation>
            <numerusform>%1, %n decided</numerusform>
            <numerusform>%1, %n decided</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date of the meeting as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as 09.00 or 13.30, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 was created. Add the attendees and the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::NewRecordForm</name>
    <message>
        <source>Family identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The new household&lt;/b&gt;: its data, its head and its further members. Fields marked * are required before the proposal can be marked ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The new member&lt;/b&gt; of the chosen household. Fields marked * are required before the proposal can be marked ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village of this vault; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: the proposal cannot be marked ready while these stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: check these; they do not block the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::OfficersDialog</name>
    <message>
        <source>&amp;Add officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officers who can open this village vault. The role decides what each may do; every change here is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see the officers but not change them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as this officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the kepala desa or an officer who manages officers can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now open the village vault, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer open the village vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to open the village vault. What they did stays in the history. Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting the vault key with the passphrase of %1… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting the vault key with the new passphrase of %1… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The old one no longer opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the vault folder that %1 made earlier would still open with their passphrase. Changing the vault key closes that too; it takes a minute for a big village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also change the vault &amp;key (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer open the village vault. A copy made earlier still opens with their passphrase until the vault key is changed (Vault ▸ Change vault key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new officer&apos;s own passphrase: at least %1 characters, not counting spaces. They can change it later; nobody can read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase of %1: at least %2 characters, not counting spaces. The old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::OutboxItemTableModel</name>
    <message>
        <source>received by the district, receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::OutboxPage</name>
    <message>
        <source>The receipt for batch %1 was imported before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was received by the district: all %n item(s). Receipt %2.</source>
        <translation>
            <numerusform>Batch %1 was received by the district: all %n item. Receipt %2.</numerusform>
            <numerusform>Batch %1 was received by the district: all %n items. Receipt %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was received by the district, but %n item(s) were refused: the list below says why.</source>
        <translation>
            <numerusform>Batch %1 was received by the district, but %n item were refused: the list below says why.</numerusform>
            <numerusform>Batch %1 was received by the district, but %n items were refused: the list below says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 was not taken yet: the district is missing batch %2 before it. Write batch %2 to the USB stick first, then this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was refused by the district: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the district hub yet. Enrol it first: only then can batches be sealed for the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (district %2)
Fingerprint: %3
Enrolled on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district revoked this laptop on %1. Ask the district to enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this laptop with the district hub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch has been answered by the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household of %1 (KK %2): proposed for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household proposed for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) made from sealed meetings.</source>
        <translation>
            <numerusform>%n new batch made from sealed meetings.</numerusform>
            <numerusform>%n new batches made from sealed meetings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the batches of the sealed meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch waiting for the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write batch %1 to the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdes batches (*.vbatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (meeting %2, %n item(s)) was written to %3, sealed for the district hub. Take the file to the district social office and bring back the receipt they give you; then import it here with &quot;Import receipt&quot;.</source>
        <translation>
            <numerusform>Batch %1 (meeting %2, %n item) was written to %3, sealed for the district hub. Take the file to the district social office and bring back the receipt they give you; then import it here with &quot;Import receipt&quot;.</numerusform>
            <numerusform>Batch %1 (meeting %2, %n items) was written to %3, sealed for the district hub. Take the file to the district social office and bring back the receipt they give you; then import it here with &quot;Import receipt&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing batch %1 for the USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the district&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is now enrolled with the district hub: batches are sealed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub takes batches on a USB stick only: write the batch to a USB stick and take it to the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting batches to the district hub now, without waiting for the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the district hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches go on a USB stick: this hub has no internet address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches go by themselves over the internet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and revocation lists (*.vreceipt *.receipt *.vrev);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s revocation list does not name this laptop; nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s keys expired on %1: connect and press Send now, or import its new key list from a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s keys are valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub has new keys: this laptop now trusts key %1, %2. Batches are sealed for the new key from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s keys are the ones this laptop trusts already (%1), %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub&apos;s keys expired on %1: ask the district for its new key list on a USB stick and import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the verdicts of the dinas sosial on this village&apos;s proposals from the file the district gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the district&apos;s verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s verdicts (*.vdcl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no new verdicts: it was imported before. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new verdict(s) of the dinas sosial recorded.</source>
        <translation>
            <numerusform>%n new verdict of the dinas sosial recorded.</numerusform>
            <numerusform>%n new verdicts of the dinas sosial recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved, waiting for the next snapshot: %1. Rejected: %2. Returned to the village: %3; %n new draft(s) to correct are in the proposals.</source>
        <translation>
            <numerusform>Approved, waiting for the next snapshot: %1. Rejected: %2. Returned to the village: %3; %n new draft to correct is in the proposals.</numerusform>
            <numerusform>Approved, waiting for the next snapshot: %1. Rejected: %2. Returned to the village: %3; %n new drafts to correct are in the proposals.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district holds more verdicts than this file: ask for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub is reached by USB stick only: import its verdicts from the file it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the new verdicts of the dinas sosial on this village&apos;s proposals from the district hub now (waiting batches are sent first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: no batch was waiting for the district, and it has no new verdicts for this village.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::OutboxTableModel</name>
    <message>
        <source>waiting: the district is missing an earlier batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written to the USB stick, waiting for the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, waiting for the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly received by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not sent yet (tried %n time(s)); next try at %1</source>
        <translation>
            <numerusform>not sent yet (tried %n time); next try at %1</numerusform>
            <numerusform>not sent yet (tried %n times); next try at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProjectorWindow</name>
    <message>
        <source>Verdes · Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown at the chair&apos;s request · %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House photo %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalChangesView</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes this proposal makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changes yet. Member types add their changes (presence and date) when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target gone: the household is missing in the newest snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: compare below and re-confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(record gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalEditor</name>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete:&lt;/b&gt; nothing required is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Still missing before it can be marked ready:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Recommended:&lt;/i&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection period ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that nothing required is missing, then marks the proposal ready for the musdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target gone: this household is missing in the newest snapshot. The proposal cannot be marked ready; withdraw it or wait for the next snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the registry changed since this proposal was written. Compare base, current and proposed values on the Changes tab and re-confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” attached; it is stored when the draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stored as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by “%1” (version %2); the older version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark ready; still missing:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked ready for the musdes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft: it can be edited again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this proposal withdrawn? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirmed: the current data is the new base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Errors in the new record&apos;s data&lt;/b&gt; (see its tab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark ready; the new record&apos;s data has errors:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal was not saved before the vault was locked; it is shown as it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal could not be kept as a draft:
%1

Close it and lose what was written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new family of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal %1 (%2)? It cannot be taken up again; it stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal %1 (%2, %3)? It cannot be taken up again; it stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalForm</name>
    <message>
        <source>New number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split: members to a new family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalHistoryView</name>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 → %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the village: it comes back as a new draft, %1, to correct and propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft replaces %1, which the dinas sosial returned: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalListPage</name>
    <message>
        <source>&lt;b&gt;Change proposals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW %1 (all RT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle what the newest DTSEN data means for the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReadyProposalPicker</name>
    <message>
        <source>Add to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tick the proposals to put on the agenda (Space ticks the selected row). %n proposal(s) ready.</source>
        <translation>
            <numerusform>Tick the proposals to put on the agenda (Space ticks the selected row). %n proposal ready.</numerusform>
            <numerusform>Tick the proposals to put on the agenda (Space ticks the selected row). %n proposals ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal is ready. A proposal is put on the agenda once it is marked ready in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReenrolmentPage</name>
    <message>
        <source>An officer whose role may enrol the laptop (the operator or the kepala desa) opens the vault to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district hub &quot;%1&quot; revoked this laptop&apos;s enrolment on %2, so Verdes has locked the village&apos;s data: households, proposals and meetings cannot be opened, searched or exported on this laptop for now. Nothing was deleted: the data stays encrypted and safe in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::RevealDialog</name>
    <message>
        <source>Show to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the chair&apos;s request, one hidden value of %1 can be shown on the projector until the next item. It is recorded with the chair&apos;s name, your name and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: two members have the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value to show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewItemView</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground check result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>button text and its key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue [Esc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous [P]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous item of the queue (P or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next [N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next item of the queue (N or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · household %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s meeting proposes to remove this flagged household from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completeness check found missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch holds no sealed berita acara or SPTJM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village&apos;s proposal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a flagged household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 of the village, made %2, received by the hub %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berita acara or SPTJM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the batch, sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BNBA line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is pending for this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – open it large with Enter or a double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence came with this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence (Enter opens it large):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict on this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts on this item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the verdict is signed and kept. It goes to the hub with the next upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold this item until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: %1 until %2</source>
        <extracomment>another reviewer took the item through the hub (&quot;Sri Wahyuni&quot;, &quot;08-12 14:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has taken this item until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is yours until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not give the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewProgressView</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last meeting batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) received, </source>
        <translation>
            <numerusform>%n batch received, </numerusform>
            <numerusform>%n batches received, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); </source>
        <translation>
            <numerusform>%n item; </numerusform>
            <numerusform>%n items; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the district&apos;s %1 villages made no batch from a meeting in the last %2 days.</source>
        <translation>
            <numerusform>%n of the district&apos;s %1 villages made no batch from a meeting in the last %2 days.</numerusform>
            <numerusform>%n of the district&apos;s %1 villages made no batch from a meeting in the last %2 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items by village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete items by what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — over %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — review progress, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review progress as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) written to %1, with the manifest and its signature. The files hold personal data: keep them safe and delete them once forwarded.</source>
        <translation>
            <numerusform>%n approved item written to %1, with the manifest and its signature. The files hold personal data: keep them safe and delete them once forwarded.</numerusform>
            <numerusform>%n approved items written to %1, with the manifest and its signature. The files hold personal data: keep them safe and delete them once forwarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export approved items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export holds the names, NIK and KK of the people in %n approved item(s). It is recorded in the history. Export them?</source>
        <translation>
            <numerusform>The export holds the names, NIK and KK of the people in %n approved item. It is recorded in the history. Export it?</numerusform>
            <numerusform>The export holds the names, NIK and KK of the people in %n approved items. It is recorded in the history. Export them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewQueueView</name>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty: import the batches the hub received on the overview tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · household %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items first (Shift or Ctrl with the arrows or a click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) decided. The verdicts go to the hub with the next upload.</source>
        <translation>
            <numerusform>%1: %n item decided. The verdicts go to the hub with the next upload.</numerusform>
            <numerusform>%1: %n items decided. The verdicts go to the hub with the next upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 of %n item shown</numerusform>
            <numerusform>%1 of %n items shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a village first: every open item of it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village has no open item to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) taken for the field visit</source>
        <translation>
            <numerusform>%n item taken for the field visit</numerusform>
            <numerusform>%n items taken for the field visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, for %n day(s).</source>
        <translation>
            <numerusform>, for %n day.</numerusform>
            <numerusform>, for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are held by another reviewer, such as %1 until %2.</source>
        <translation>
            <numerusform>%n item is held by another reviewer, %1 until %2.</numerusform>
            <numerusform>%n items are held by another reviewer, such as %1 until %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewerPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for received batches (*.vrfq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the batches from the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received batches (*.vrfd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · district %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District hub: %1, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district hub yet: the first reviewer whose enrolment the hub answers connects this vault to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request made (key %1), waiting for the hub&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with the recovery key: no reviewer enrols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received yet. The hub&apos;s operator answers a request file with the batches the villages sent (verdes-hub feed); import that file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was saved to %1. The hub&apos;s operator answers it with a file of the batches; import that file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) received</source>
        <translation>
            <numerusform>%n new batch received</numerusform>
            <numerusform>%n new batches received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the queue</source>
        <translation>
            <numerusform>%n item added to the queue</numerusform>
            <numerusform>%n items added to the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them lack something the completeness check looks for.</source>
        <translation>
            <numerusform>%n of them lacks something the completeness check looks for.</numerusform>
            <numerusform>%n of them lack something the completeness check looks for.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has more: make another request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reviewer enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer enrolment requests (*.vrvq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of your reviewer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was saved to %1. Take it to the hub&apos;s operator and read them the fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the hub&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer enrolment answers (*.vrva);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 enrols you as %2. Now type the hub&apos;s fingerprint the operator told you; it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the one of this answer, so nothing was changed. Check the fingerprint with the hub&apos;s operator, or ask them for a new answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now enrolled with %1 as %2: the hub accepts what your key signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: this vault holds every batch of the file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the hub&apos;s receipt for the verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts for verdicts (*.vdrc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every verdict given in this vault has reached the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) not yet accepted by the hub. Save them to a USB stick for the hub&apos;s operator, then import the receipt the operator gives back.</source>
        <translation>
            <numerusform>%n verdict not yet accepted by the hub. Save them to a USB stick for the hub&apos;s operator, then import the receipt the operator gives back.</numerusform>
            <numerusform>%n verdicts not yet accepted by the hub. Save them to a USB stick for the hub&apos;s operator, then import the receipt the operator gives back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the verdicts for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts for the hub (*.vdup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verdict to send: the hub has every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) saved to %1. The hub&apos;s operator stores them (verdes-hub verdicts) and gives you a receipt; import it here.</source>
        <translation>
            <numerusform>%n verdict saved to %1. The hub&apos;s operator stores them (verdes-hub verdicts) and gives you a receipt; import it here.</numerusform>
            <numerusform>%n verdicts saved to %1. The hub&apos;s operator stores them (verdes-hub verdicts) and gives you a receipt; import it here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub accepted %n verdict(s).</source>
        <translation>
            <numerusform>The hub accepted %n verdict.</numerusform>
            <numerusform>The hub accepted %n verdicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It refused %n: another reviewer may have decided first, or a key or role is no longer valid. Open the items to see why.</source>
        <translation>
            <numerusform>It refused %n: another reviewer may have decided first, or a key or role is no longer valid. Open the items to see why.</numerusform>
            <numerusform>It refused %n: another reviewer may have decided first, or a key or role is no longer valid. Open the items to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::SealDialog</name>
    <message>
        <source>Seal the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair who seals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 of %2

Agreed or kept: %3
Rejected or proposed for removal: %4
Deferred: %5
Not decided: %6
Attendance: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is already sealed (seal %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not decided yet. A meeting is sealed only when every item is decided: go back and record the decisions first.</source>
        <translation>
            <numerusform>%n item not decided yet. A meeting is sealed only when every item is decided: go back and record the decisions first.</numerusform>
            <numerusform>%n items not decided yet. A meeting is sealed only when every item is decided: go back and record the decisions first.</numerusform>
        </translation>
    </message>
    <message>
        <source>After sealing nothing of this meeting can change: not the decisions, not the attendance, not the meeting&apos;s data. A mistake can only be corrected by an addendum meeting. Agreed proposals become sealed and deferred ones return for the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer may seal: add the chair (Ketua BPD) or the kepala desa as an officer with that role (Vault ▸ Officers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the meeting as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is sealed. Seal: %1. Write it on the signed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::SettingsDialog</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::SnapshotConflictDialog</name>
    <message>
        <source>&lt;b&gt;Proposal %1: %2&lt;/b&gt; — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new DTSEN data changed a field this proposal changes too. For each field, keep the proposed value (the proposal goes on, based on the DTSEN value) or take the DTSEN value (that change is dropped; with nothing left, the proposal is withdrawn). Nothing changes until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household or member of this proposal is no longer in the DTSEN data. It stays blocked until you withdraw it; write the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district approved this proposal, but the newest DTSEN data does not show the change. If it is still needed, propose it again: a new draft copies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest DTSEN data leaves nothing to settle for this proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the proposed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the DTSEN value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left to propose: the proposal was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The proposal is now based on the new DTSEN data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed again as draft %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::SubjectAccessDialog</name>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the personal data access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report (%n page(s)) was saved as %1. Give it only to the person it is about.</source>
        <translation>
            <numerusform>The report (%n page) was saved as %1. Give it only to the person it is about.</numerusform>
            <numerusform>The report (%n pages) was saved as %1. Give it only to the person it is about.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This vault holds nothing about a person with this NIK. The report saying so (%n page(s)) was saved as %1.</source>
        <translation>
            <numerusform>This vault holds nothing about a person with this NIK. The report saying so (%n page) was saved as %1.</numerusform>
            <numerusform>This vault holds nothing about a person with this NIK. The report saying so (%n pages) was saved as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::TemplateEditorDialog</name>
    <message>
        <source>Document templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s documents are made from these templates: HTML with placeholders such as {{tanggal}} that are filled in from the meeting. Double-click a placeholder to insert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is the default again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an officer&apos;s passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdes::ui::VerdictDialog</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is verified and goes to the office head to approve or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item goes back to the village with the reason, as a new draft linked to this one. Choose the reason and write what the village must do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a ground check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facilitator (pendamping) visits the household to check the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the ground check&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the facilitator found at the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is approved. The village&apos;s registry changes with the next snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district rejects the item. The village sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completeness check found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will change:</source>
        <translation>
            <numerusform>%n item will change:</numerusform>
            <numerusform>%n items will change:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are left out: their state does not allow this verdict.</source>
        <translation>
            <numerusform>%n item is left out: their state does not allow this verdict.</numerusform>
            <numerusform>%n items are left out: their state does not allow this verdict.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reason: the village must know why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the facilitator who visits the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the ground check found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
