<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add all &amp;ready proposals</source>
        <translation>Tambah semua usulan s&amp;iap</translation>
    </message>
    <message>
        <source>Put every proposal that is ready on this agenda</source>
        <translation>Masukkan semua usulan yang sudah siap ke agenda ini</translation>
    </message>
    <message>
        <source>Add pr&amp;oposals…</source>
        <translation>Tambah usula&amp;n…</translation>
    </message>
    <message>
        <source>Choose some of the ready proposals</source>
        <translation>Pilih beberapa usulan yang sudah siap</translation>
    </message>
    <message>
        <source>Add a flagged fami&amp;ly…</source>
        <translation>Tambah keluarga dengan p&amp;eringatan…</translation>
    </message>
    <message>
        <source>A family with a data-quality warning, for the meeting to keep it or propose its removal</source>
        <translation>Keluarga dengan peringatan mutu data, agar rapat menetapkan tetap atau mengusulkan dikeluarkan</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Move the item up within its part of the agenda (Alt+Up)</source>
        <translation>Naikkan butir ini di dalam bagian agendanya (Alt+Atas)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Move the item down within its part of the agenda (Alt+Down)</source>
        <translation>Turunkan butir ini di dalam bagian agendanya (Alt+Bawah)</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Keluarkan dari agenda</translation>
    </message>
    <message>
        <source>The proposal goes back to ready (Delete); a decided item stays</source>
        <translation>Usulan kembali berstatus siap (Delete); butir yang sudah diputuskan tetap di agenda</translation>
    </message>
</context>
<context>
    <name>ApprovedExport</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Approved items for forwarding: %1 (district %2)</source>
        <translation>Butir yang disetujui untuk diteruskan: %1 (kabupaten/kota %2)</translation>
    </message>
    <message>
        <source>Exported %1 by %2</source>
        <translation>Diekspor %1 oleh %2</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Expected:</source>
        <translation>Diundang:</translation>
    </message>
    <message>
        <source>How many are invited; the quorum indicator never blocks the meeting</source>
        <translation>Jumlah yang diundang; penanda kuorum tidak pernah menghalangi rapat</translation>
    </message>
    <message>
        <source>Print an empty attendance sheet…</source>
        <translation>Cetak daftar hadir kosong…</translation>
    </message>
    <message>
        <source>The attendance list with the meeting&apos;s header and empty lines, for signing on paper</source>
        <translation>Daftar hadir dengan kepala rapat dan baris kosong, untuk ditandatangani di kertas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Tanda tangan di kertas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>RT/RW:</source>
        <translation>RT/RW:</translation>
    </message>
    <message>
        <source>Add to the l&amp;ist</source>
        <translation>&amp;Catat hadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Change the selected attendee (Enter)</source>
        <translation>Ubah peserta yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected attendee (Delete)</source>
        <translation>Hapus peserta yang dipilih (Delete)</translation>
    </message>
</context>
<context>
    <name>AuditHead</name>
    <message>
        <source>an anchor looks like 1234:3F2A-91BC-0D77-E4A1-5B20-9C3D</source>
        <translation>jangkar berbentuk seperti 1234:3F2A-91BC-0D77-E4A1-5B20-9C3D</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>recovery key</source>
        <translation>kunci pemulihan</translation>
    </message>
    <message>
        <source>Someone with the recovery key</source>
        <translation>Seseorang dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 created the village vault of %2 (%3).</source>
        <translation>%1 membuat brankas desa %2 (%3).</translation>
    </message>
    <message>
        <source>%1 added the officer %2 as %3.</source>
        <translation>%1 menambahkan petugas %2 sebagai %3.</translation>
    </message>
    <message>
        <source>%1 removed the officer %2.</source>
        <translation>%1 menghapus petugas %2.</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 from %3 to %4.</source>
        <translation>%1 mengubah peran %2 dari %3 menjadi %4.</translation>
    </message>
    <message>
        <source>%1 changed their own passphrase.</source>
        <translation>%1 mengganti kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>%1 set a new passphrase for %2.</source>
        <translation>%1 menetapkan kata sandi baru untuk %2.</translation>
    </message>
    <message>
        <source>%1 imported the snapshot %2: %3 new households, %4 changed, %5 missing.</source>
        <translation>%1 mengimpor data DTSEN %2: %3 keluarga baru, %4 berubah, %5 tidak ada lagi.</translation>
    </message>
    <message>
        <source>%1 rows with errors were skipped.</source>
        <translation>%1 baris yang salah dilewati.</translation>
    </message>
    <message>
        <source>%1 generated the demo village: %2 households with %3 members.</source>
        <translation>%1 membuat desa contoh: %2 keluarga dengan %3 anggota.</translation>
    </message>
    <message>
        <source>%1 exported %2 households with %3 members to the file %4.</source>
        <translation>%1 mengekspor %2 keluarga dengan %3 anggota ke berkas %4.</translation>
    </message>
    <message>
        <source>%1 revealed the NIK and KK numbers of this household.</source>
        <translation>%1 menampilkan NIK dan nomor KK lengkap keluarga ini.</translation>
    </message>
    <message>
        <source>%1 wrote proposal %2 (%3).</source>
        <translation>%1 membuat usulan %2 (%3).</translation>
    </message>
    <message>
        <source>%1 edited proposal %2 (%3).</source>
        <translation>%1 mengubah usulan %2 (%3).</translation>
    </message>
    <message>
        <source>%1 changed the state of proposal %2 from &quot;%3&quot; to &quot;%4&quot;.</source>
        <translation>%1 mengubah status usulan %2 dari &quot;%3&quot; menjadi &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>%1 re-confirmed proposal %2 (%3) against the current data.</source>
        <translation>%1 mengonfirmasi ulang usulan %2 (%3) dengan data terkini.</translation>
    </message>
    <message>
        <source>%1 attached a %2 to proposal %3.</source>
        <translation>%1 melampirkan %2 pada usulan %3.</translation>
    </message>
    <message>
        <source>%1 replaced a %2 of proposal %3 with a new version (the old one is kept).</source>
        <translation>%1 mengganti %2 pada usulan %3 dengan versi baru (versi lama tetap disimpan).</translation>
    </message>
    <message>
        <source>%1 removed a %2 from draft proposal %3.</source>
        <translation>%1 menghapus %2 dari draf usulan %3.</translation>
    </message>
    <message>
        <source>%1 ran the data-quality checks over %2 households: %3 open flags, %4 new.</source>
        <translation>%1 menjalankan pemeriksaan kualitas data atas %2 keluarga: %3 peringatan aktif, %4 baru.</translation>
    </message>
    <message>
        <source>%1 dismissed the flag &quot;%2&quot;: %3</source>
        <translation>%1 mengabaikan peringatan &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 made a change recorded as &quot;%2&quot;.</source>
        <translation>%1 membuat perubahan yang tercatat sebagai &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 made a change recorded as &quot;%2&quot; (%3 %4).</source>
        <translation>%1 membuat perubahan yang tercatat sebagai &quot;%2&quot; (%3 %4).</translation>
    </message>
    <message>
        <source>%1 turned off the masking of NIK and KK numbers on their computer.</source>
        <translation>%1 menonaktifkan penyamaran NIK dan nomor KK di komputernya.</translation>
    </message>
    <message>
        <source>%1 turned on the masking of NIK and KK numbers on their computer.</source>
        <translation>%1 mengaktifkan penyamaran NIK dan nomor KK di komputernya.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>after 1 minute</source>
        <translation>setelah 1 menit</translation>
    </message>
    <message>
        <source>after %1 minutes</source>
        <translation>setelah %1 menit</translation>
    </message>
    <message>
        <source>%1 changed the automatic lock on their computer from %2 to %3.</source>
        <translation>%1 mengubah kunci otomatis di komputernya dari %2 menjadi %3.</translation>
    </message>
    <message>
        <source>%1 changed the setting %2 on their computer.</source>
        <translation>%1 mengubah pengaturan %2 di komputernya.</translation>
    </message>
    <message>
        <source>%1 changed the vault key: copies of the vault made before can no longer be opened with the current passphrases.</source>
        <translation>%1 mengganti kunci brankas: salinan brankas yang dibuat sebelumnya tidak dapat lagi dibuka dengan kata sandi yang berlaku sekarang.</translation>
    </message>
    <message>
        <source>%1 opened the vault with a newer Verdes, which upgraded its format from %2 to %3.</source>
        <translation>%1 membuka brankas dengan Verdes yang lebih baru, yang memperbarui formatnya dari %2 ke %3.</translation>
    </message>
    <message>
        <source>%1 repaired access with the recovery key: the key file was rewritten from the vault&apos;s own record.</source>
        <translation>%1 memulihkan akses dengan kunci pemulihan: berkas kunci ditulis ulang dari catatan brankas sendiri.</translation>
    </message>
    <message>
        <source>the households</source>
        <translation>data keluarga</translation>
    </message>
    <message>
        <source>the members of households</source>
        <translation>data anggota keluarga</translation>
    </message>
    <message>
        <source>the proposals</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>the changes the proposals make</source>
        <translation>perubahan yang diajukan usulan</translation>
    </message>
    <message>
        <source>the proposals&apos; base versions</source>
        <translation>versi dasar usulan</translation>
    </message>
    <message>
        <source>the proposals&apos; history</source>
        <translation>riwayat usulan</translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation>daftar bukti</translation>
    </message>
    <message>
        <source>the evidence files</source>
        <translation>berkas bukti</translation>
    </message>
    <message>
        <source>the officers</source>
        <translation>daftar petugas</translation>
    </message>
    <message>
        <source>the record of the key file</source>
        <translation>catatan berkas kunci</translation>
    </message>
    <message>
        <source>the device key</source>
        <translation>kunci perangkat</translation>
    </message>
    <message>
        <source>the vault&apos;s settings</source>
        <translation>pengaturan brankas</translation>
    </message>
    <message>
        <source>the list of imports</source>
        <translation>daftar impor</translation>
    </message>
    <message>
        <source>the data-quality flags</source>
        <translation>peringatan kualitas data</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>tabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>- %1 no longer add up to what was recorded with them</source>
        <translation>- %1 tidak lagi sesuai dengan catatan yang disimpan bersamanya</translation>
    </message>
    <message>
        <source>- the content changed after entry %1 of the history without an entry of its own</source>
        <translation>- isi brankas berubah setelah catatan ke-%1 dalam riwayat, tanpa tercatat di riwayat</translation>
    </message>
    <message>
        <source>%1 revealed the NIK and KK numbers of this household in a search on the command line.</source>
        <translation>%1 menampilkan NIK dan nomor KK lengkap keluarga ini dalam pencarian di baris perintah.</translation>
    </message>
    <message>
        <source>%1 revealed the NIK numbers of this household in the list of proposals on the command line.</source>
        <translation>%1 menampilkan NIK lengkap anggota keluarga ini dalam daftar usulan di baris perintah.</translation>
    </message>
    <message>
        <source>%1 prepared meeting %2 for %3.</source>
        <translation>%1 menyiapkan rapat %2 untuk tanggal %3.</translation>
    </message>
    <message>
        <source>%1 changed the data of meeting %2.</source>
        <translation>%1 mengubah data rapat %2.</translation>
    </message>
    <message>
        <source>%1 recorded %2 in the attendance of meeting %3.</source>
        <translation>%1 mencatat %2 dalam daftar hadir rapat %3.</translation>
    </message>
    <message>
        <source>%1 removed %2 from the attendance of meeting %3.</source>
        <translation>%1 menghapus %2 dari daftar hadir rapat %3.</translation>
    </message>
    <message>
        <source>%1 put %2 proposal(s) on the agenda of meeting %3.</source>
        <translation>%1 memasukkan %2 usulan ke acara rapat %3.</translation>
    </message>
    <message>
        <source>%1 put household %2 on the agenda of meeting %3 (keep or propose removal).</source>
        <translation>%1 memasukkan keluarga %2 ke acara rapat %3 (tetap atau diusulkan keluar).</translation>
    </message>
    <message>
        <source>%1 took %2 off the agenda of meeting %3.</source>
        <translation>%1 mengeluarkan %2 dari acara rapat %3.</translation>
    </message>
    <message>
        <source>%1 corrected the decision on item %2 of meeting %3 from &quot;%4&quot; to &quot;%5&quot;.</source>
        <translation>%1 membetulkan keputusan butir %2 rapat %3 dari &quot;%4&quot; menjadi &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>%1 recorded the decision &quot;%2&quot; on item %3 of meeting %4.</source>
        <translation>%1 mencatat keputusan &quot;%2&quot; untuk butir %3 rapat %4.</translation>
    </message>
    <message>
        <source>%1 showed the %2 of item %3 of meeting %4 to the room, at the request of the chair %5: %6</source>
        <translation>%1 menampilkan %2 butir %3 rapat %4 kepada peserta atas permintaan pimpinan rapat %5: %6</translation>
    </message>
    <message>
        <source>%1 sealed meeting %2 (%3 items); seal %4.</source>
        <translation>%1 menyegel rapat %2 (%3 butir); segel %4.</translation>
    </message>
    <message>
        <source>%1 restored the standard template &quot;%2&quot;.</source>
        <translation>%1 mengembalikan templat bawaan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 edited the document template &quot;%2&quot;.</source>
        <translation>%1 mengubah templat dokumen &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the meetings</source>
        <translation>rapat</translation>
    </message>
    <message>
        <source>the meetings&apos; attendance</source>
        <translation>daftar hadir rapat</translation>
    </message>
    <message>
        <source>the meetings&apos; agendas and decisions</source>
        <translation>acara dan keputusan rapat</translation>
    </message>
    <message>
        <source>the meetings&apos; seals</source>
        <translation>segel rapat</translation>
    </message>
    <message>
        <source>what was shown to the meetings</source>
        <translation>data yang ditampilkan dalam rapat</translation>
    </message>
    <message>
        <source>the document templates</source>
        <translation>templat dokumen</translation>
    </message>
    <message>
        <source>%1 wrote the %2 documents of meeting %3 to files.</source>
        <translation>%1 menyimpan %2 dokumen rapat %3 ke berkas.</translation>
    </message>
    <message>
        <source>%1 printed the document &quot;%2&quot; of meeting %3.</source>
        <translation>%1 mencetak dokumen &quot;%2&quot; rapat %3.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>partly accepted</source>
        <translation>diterima sebagian</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>%1 sealed a meeting; its %2 items were put in batch %3 for the district.</source>
        <translation>%1 menyegel musyawarah; %2 butir keputusannya dimasukkan ke paket perubahan %3 untuk dinas sosial.</translation>
    </message>
    <message>
        <source>%1 wrote batch %2 to a file for the USB stick.</source>
        <translation>%1 menulis paket perubahan %2 ke berkas untuk flashdisk.</translation>
    </message>
    <message>
        <source>%1 sent batch %2 to the district over the internet.</source>
        <translation>%1 mengirim paket perubahan %2 ke dinas sosial lewat internet.</translation>
    </message>
    <message>
        <source>%1 recorded the district&apos;s receipt for batch %2: %3.</source>
        <translation>%1 mencatat tanda terima dinas sosial untuk paket perubahan %2: %3.</translation>
    </message>
    <message>
        <source>%1 enrolled this laptop with the district hub &quot;%2&quot; (hub key %3).</source>
        <translation>%1 mendaftarkan komputer ini ke server dinas sosial &quot;%2&quot; (kunci server %3).</translation>
    </message>
    <message>
        <source>The district hub revoked this laptop&apos;s enrolment (list %1); the vault was locked.</source>
        <translation>Server dinas sosial mencabut pendaftaran komputer ini (daftar %1); brankas dikunci.</translation>
    </message>
    <message>
        <source>the enrolment with the district hub</source>
        <translation>pendaftaran ke server dinas sosial</translation>
    </message>
    <message>
        <source>the batches for the district</source>
        <translation>paket perubahan untuk dinas sosial</translation>
    </message>
    <message>
        <source>the items of the batches</source>
        <translation>butir-butir paket perubahan</translation>
    </message>
    <message>
        <source>A receipt of the district hub said that it revoked this laptop&apos;s device key %1; the vault was locked.</source>
        <translation>Tanda terima dari server dinas sosial menyatakan bahwa kunci perangkat %1 milik komputer ini dicabut; brankas dikunci.</translation>
    </message>
    <message>
        <source>The district hub revoked this laptop&apos;s device key %2 (revocation list %1); the vault was locked.</source>
        <translation>Server dinas sosial mencabut kunci perangkat %2 milik komputer ini (daftar pencabutan %1); brankas dikunci.</translation>
    </message>
    <message>
        <source>The district hub&apos;s revocation list %1 came; it does not name this laptop.</source>
        <translation>Daftar pencabutan %1 dari server dinas sosial diterima; komputer ini tidak tercantum di dalamnya.</translation>
    </message>
    <message>
        <source>%1 enrolled this laptop again with the district hub &quot;%2&quot; (device key %3 instead of the revoked %4); the vault was opened again.</source>
        <translation>%1 mendaftarkan ulang komputer ini ke server dinas sosial &quot;%2&quot; (kunci perangkat %3 menggantikan kunci %4 yang dicabut); brankas dibuka kembali.</translation>
    </message>
    <message>
        <source>%1 gave this laptop a new device key %2 to enrol again; the revoked key %3 signs nothing more.</source>
        <translation>%1 memberi komputer ini kunci perangkat baru %2 untuk mendaftar ulang; kunci %3 yang dicabut tidak menandatangani apa pun lagi.</translation>
    </message>
    <message>
        <source>the device keys this laptop had before</source>
        <translation>kunci perangkat yang dahulu dipakai komputer ini</translation>
    </message>
    <message>
        <source>The district hub&apos;s key list came: its key %1 stays, valid until %2.</source>
        <translation>Daftar kunci server dinas sosial diterima: kuncinya %1 tetap, berlaku sampai %2.</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>pemberitahuan berikutnya</translation>
    </message>
    <message>
        <source>The district hub replaced its keys: this laptop now trusts key %2 (generation %1), vouched for by the key %3 it trusted before.</source>
        <translation>Server dinas sosial mengganti kuncinya: komputer ini sekarang memercayai kunci %2 (generasi %1), yang dijamin oleh kunci %3 yang dipercayai sebelumnya.</translation>
    </message>
    <message>
        <source>%1 made their own reviewer key %2, to sign their verdicts.</source>
        <translation>%1 membuat kunci peninjaunya sendiri %2, untuk menandatangani keputusannya.</translation>
    </message>
    <message>
        <source>%1 was enrolled as a reviewer (%2) with the district hub &quot;%3&quot; (key %4).</source>
        <translation>%1 didaftarkan sebagai peninjau (%2) pada server dinas sosial &quot;%3&quot; (kunci %4).</translation>
    </message>
    <message>
        <source>the reviewers&apos; keys</source>
        <translation>kunci para peninjau</translation>
    </message>
    <message>
        <source>the reviewers&apos; enrolments with the district hub</source>
        <translation>pendaftaran para peninjau pada server dinas sosial</translation>
    </message>
    <message>
        <source>%1 received %2 batch(es) with %3 item(s) for review from the district hub &quot;%4&quot;; %5 of the items lack something.</source>
        <translation>%1 menerima %2 paket perubahan berisi %3 butir untuk ditinjau dari server dinas sosial &quot;%4&quot;; %5 butir di antaranya masih kurang lengkap.</translation>
    </message>
    <message>
        <source>%1 gave item %2 (proposal %3 of village %4) the verdict &quot;%5&quot;</source>
        <translation>%1 memberi butir %2 (usulan %3 dari desa %4) putusan &quot;%5&quot;</translation>
    </message>
    <message>
        <source>, reason %1</source>
        <translation>, alasan %1</translation>
    </message>
    <message>
        <source>, ground check by %1</source>
        <translation>, verifikasi lapangan oleh %1</translation>
    </message>
    <message>
        <source>, ground check result: %1</source>
        <translation>, hasil verifikasi lapangan: %1</translation>
    </message>
    <message>
        <source>%1 recorded the district hub &quot;%4&quot;&apos;s receipt for verdicts: %2 accepted, %3 refused.</source>
        <translation>%1 mencatat tanda terima putusan dari server dinas sosial &quot;%4&quot;: %2 diterima, %3 ditolak.</translation>
    </message>
    <message>
        <source>the batches received for review</source>
        <translation>paket perubahan yang diterima untuk ditinjau</translation>
    </message>
    <message>
        <source>the items under review</source>
        <translation>butir yang sedang ditinjau</translation>
    </message>
    <message>
        <source>the reviewers&apos; verdicts</source>
        <translation>putusan para peninjau</translation>
    </message>
    <message>
        <source>%1 exported %2 approved item(s) (%3 BNBA line(s)) with personal data for forwarding, as %4 with a signed manifest.</source>
        <translation>%1 mengekspor %2 butir yang disetujui (%3 baris BNBA) berisi data pribadi untuk diteruskan, sebagai %4 dengan manifes yang ditandatangani.</translation>
    </message>
    <message>
        <source>%1 received %2 verdict(s) of the dinas sosial from the district hub &quot;%3&quot;: %4 approved, %5 rejected, %6 returned to the village.</source>
        <translation>%1 menerima %2 putusan dinas sosial dari server dinas sosial &quot;%3&quot;: %4 disetujui, %5 ditolak, %6 dikembalikan ke desa.</translation>
    </message>
    <message>
        <source>the district&apos;s verdicts</source>
        <translation>putusan dinas sosial</translation>
    </message>
    <message>
        <source>the drafts made from returned proposals</source>
        <translation>draf baru dari usulan yang dikembalikan</translation>
    </message>
    <message>
        <source>%1 imported the DTSEN data &quot;%2&quot;, number %3, signed by the district hub &quot;%4&quot;.</source>
        <translation>%1 mengimpor data DTSEN &quot;%2&quot;, nomor %3, yang ditandatangani server dinas sosial &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 prepared a personal data access report (UU PDP) for a member of this household.</source>
        <translation>%1 membuat laporan akses data pribadi (UU PDP) untuk seorang anggota keluarga ini.</translation>
    </message>
    <message>
        <source>%1 prepared a personal data access report (UU PDP) that covers review item %2.</source>
        <translation>%1 membuat laporan akses data pribadi (UU PDP) yang mencakup item tinjauan %2.</translation>
    </message>
    <message>
        <source>%1 prepared a personal data access report (UU PDP) for a person this vault holds nothing about.</source>
        <translation>%1 membuat laporan akses data pribadi (UU PDP) untuk seseorang yang datanya tidak ada di brankas ini.</translation>
    </message>
    <message>
        <source>%1 took or released items through the district hub &quot;%2&quot;: %3 taken, %4 released, %5 held by another reviewer.</source>
        <translation>%1 mengambil atau melepaskan butir melalui server dinas sosial &quot;%2&quot;: %3 diambil, %4 dilepaskan, %5 dipegang peninjau lain.</translation>
    </message>
</context>
<context>
    <name>AuditVerifyJob</name>
    <message>
        <source>Checking the history of changes…</source>
        <translation>Memeriksa riwayat perubahan…</translation>
    </message>
</context>
<context>
    <name>BreachNotice</name>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>partly accepted</source>
        <translation>diterima sebagian</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>1. What happened</source>
        <translation>1. Apa yang terjadi</translation>
    </message>
    <message>
        <source>A laptop enrolled with the district hub &quot;%1&quot; was lost or stolen. It is the laptop of the village %2, enrolled on %3 by %4 (device key %5).</source>
        <translation>Sebuah laptop yang terdaftar di server dinas sosial &quot;%1&quot; hilang atau dicuri. Laptop itu milik desa %2, didaftarkan pada %3 oleh %4 (kunci perangkat %5).</translation>
    </message>
    <message>
        <source>When it was lost: %1</source>
        <translation>Waktu hilang: %1</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>tanggal dan jam</translation>
    </message>
    <message>
        <source>Where and how: %1</source>
        <translation>Tempat dan cara hilang: %1</translation>
    </message>
    <message>
        <source>place and circumstances</source>
        <translation>tempat dan keadaannya</translation>
    </message>
    <message>
        <source>When the loss became known, and to whom: %1</source>
        <translation>Kapan kehilangan diketahui, dan oleh siapa: %1</translation>
    </message>
    <message>
        <source>date, time and name</source>
        <translation>tanggal, jam dan nama</translation>
    </message>
    <message>
        <source>The laptop&apos;s last contact with the hub: %1.</source>
        <translation>Kontak terakhir laptop dengan server dinas sosial: %1.</translation>
    </message>
    <message>
        <source>2. What personal data the laptop held</source>
        <translation>2. Data pribadi apa yang ada di laptop</translation>
    </message>
    <message>
        <source>The laptop held the encrypted vault of the village %1: the village&apos;s social welfare registry (DTSEN) of %2 households and %3 persons, with their names, NIK and KK numbers, addresses, family relations, and specific personal data under UU 27/2022 art. 4 (health, disability, pregnancy, children&apos;s data, financial situation), the village&apos;s proposals with their evidence (certificates, letters, photos of houses), and the minutes of its village meetings.</source>
        <translation>Laptop itu menyimpan brankas terenkripsi desa %1: daftar kesejahteraan sosial desa (DTSEN) sebanyak %2 keluarga dan %3 orang, dengan nama, NIK dan nomor KK, alamat, hubungan keluarga, dan data pribadi yang bersifat spesifik menurut UU 27/2022 pasal 4 (kesehatan, disabilitas, kehamilan, data anak, keadaan keuangan), usulan desa beserta buktinya (akta, surat, foto rumah), dan berita acara musdes.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>What the hub knows the laptop held, because the laptop sent it: %1 batches with %2 items, naming %3 persons on their BNBA lines, with %4 evidence files (%5). The hub also held %6 decisions of the district for the village by the laptop&apos;s last contact, which the laptop may have received.</source>
        <translation>Yang diketahui server dinas sosial ada di laptop itu, karena laptop itu mengirimkannya: %1 kiriman dengan %2 item, menyebut %3 orang pada baris BNBA, dengan %4 berkas bukti (%5). Server dinas sosial juga menyimpan %6 putusan dinas untuk desa itu sampai kontak terakhir laptop, yang mungkin sudah diterima laptop itu.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Kiriman</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Persons (BNBA)</source>
        <translation>Orang (BNBA)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation>%1 berkas, %2</translation>
    </message>
    <message>
        <source>3. How the data is protected</source>
        <translation>3. Bagaimana data dilindungi</translation>
    </message>
    <message>
        <source>The laptop&apos;s key was revoked at the district hub on %1. Since then the hub refuses anything the laptop sends and gives it nothing; the villages&apos; laptops learn of the revocation at their next contact.</source>
        <translation>Kunci laptop itu dicabut di server dinas sosial pada %1. Sejak itu server dinas sosial menolak apa pun yang dikirim laptop itu dan tidak memberinya apa pun; laptop desa mengetahui pencabutan pada kontak berikutnya.</translation>
    </message>
    <message>
        <source>4. How the breach is handled</source>
        <translation>4. Bagaimana kebocoran ditangani</translation>
    </message>
    <message>
        <source>The laptop&apos;s key was revoked (above). The village&apos;s other laptops and the district hold the same registry; nothing was lost from it.</source>
        <translation>Kunci laptop itu telah dicabut (lihat di atas). Laptop desa yang lain dan dinas sosial menyimpan daftar yang sama; tidak ada data daftar yang hilang.</translation>
    </message>
    <message>
        <source>Other measures taken: %1</source>
        <translation>Tindakan lain yang diambil: %1</translation>
    </message>
    <message>
        <source>police report, new passphrases, a new vault key, …</source>
        <translation>laporan polisi, kata sandi baru, kunci brankas baru, …</translation>
    </message>
    <message>
        <source>Under UU 27/2022 art. 46 the persons concerned and the Personal Data Protection agency are notified in writing within 3 × 24 hours of learning of the breach. If the loss became known when the key was revoked, that is by %1.</source>
        <translation>Menurut UU 27/2022 pasal 46, subjek data yang bersangkutan dan lembaga pelindungan data pribadi diberi tahu secara tertulis paling lambat 3 × 24 jam sejak kebocoran diketahui. Jika kehilangan diketahui saat kunci dicabut, batasnya %1.</translation>
    </message>
    <message>
        <source>Notified: the persons concerned on %1; the Personal Data Protection agency on %2.</source>
        <translation>Sudah diberi tahu: subjek data pada %1; lembaga pelindungan data pribadi pada %2.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>5. Contact</source>
        <translation>5. Kontak</translation>
    </message>
    <message>
        <source>For questions about this notice: %1</source>
        <translation>Untuk pertanyaan tentang pemberitahuan ini: %1</translation>
    </message>
    <message>
        <source>name, position, telephone and e-mail of the data protection officer</source>
        <translation>nama, jabatan, telepon dan surel petugas pelindungan data pribadi</translation>
    </message>
    <message>
        <source>Notice of a personal data breach (draft)</source>
        <translation>Pemberitahuan kegagalan pelindungan data pribadi (draf)</translation>
    </message>
    <message>
        <source>The laptop&apos;s vault is encrypted. Its database is a SQLCipher 4 database (AES-256 in CBC mode, each page authenticated with HMAC-SHA512) under a random 256-bit key. That key is stored only wrapped with XChaCha20-Poly1305, once for each officer under a key derived from the officer&apos;s passphrase with Argon2id (at least 2 passes over 64 MiB of memory, 3 passes over 256 MiB by default), and once under the vault&apos;s recovery key. After five wrong passphrases each further attempt waits longer. Without a passphrase or the recovery key the data cannot be read; the evidence files are stored inside the same encrypted database, never as loose files.</source>
        <translation>Brankas di laptop itu terenkripsi. Basis datanya adalah basis data SQLCipher 4 (AES-256 mode CBC, setiap halaman diautentikasi dengan HMAC-SHA512) dengan kunci acak 256 bit. Kunci itu hanya disimpan dalam bentuk terbungkus XChaCha20-Poly1305, satu kali untuk setiap petugas dengan kunci yang diturunkan dari kata sandi petugas memakai Argon2id (paling sedikit 2 putaran atas memori 64 MiB, bawaannya 3 putaran atas 256 MiB), dan satu kali dengan kunci pemulihan brankas. Setelah lima kata sandi salah, setiap percobaan berikutnya harus menunggu lebih lama. Tanpa kata sandi atau kunci pemulihan, data tidak dapat dibaca; berkas bukti disimpan di dalam basis data terenkripsi yang sama, tidak pernah sebagai berkas lepas.</translation>
    </message>
    <message>
        <source>UU 27/2022 on Personal Data Protection, art. 46</source>
        <translation>UU 27/2022 tentang Pelindungan Data Pribadi, pasal 46</translation>
    </message>
    <message>
        <source>From: %1 (district %2)</source>
        <translation>Dari: %1 (kabupaten/kota %2)</translation>
    </message>
    <message>
        <source>Prepared: %1</source>
        <translation>Disusun: %1</translation>
    </message>
    <message>
        <source>Fill in every part in [brackets] before sending.</source>
        <translation>Isi setiap bagian dalam [kurung siku] sebelum dikirim.</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>DEMO DATA — every household here is invented, for practice only.</source>
        <translation>DATA CONTOH — semua keluarga di sini rekaan, hanya untuk latihan.</translation>
    </message>
    <message>
        <source>Search by name, NIK, KK number or address (Ctrl+F)</source>
        <translation>Cari nama, NIK, nomor KK, atau alamat (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>&amp;Desil:</source>
        <translation>&amp;Desil:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;With warnings only</source>
        <translation>&amp;Hanya yang ada peringatan impor</translation>
    </message>
</context>
<context>
    <name>ChangeKeyJob</name>
    <message>
        <source>Re-encrypting the village vault with a new key…</source>
        <translation>Mengenkripsi ulang brankas desa dengan kunci baru…</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Matches the KK</source>
        <translation>Sesuai KK</translation>
    </message>
    <message>
        <source>Parent family</source>
        <translation>Keluarga induk</translation>
    </message>
    <message>
        <source>Split-off family</source>
        <translation>Keluarga pecahan</translation>
    </message>
    <message>
        <source>Decile 1 (poorest)</source>
        <translation>Desil 1 (termiskin)</translation>
    </message>
    <message>
        <source>Decile 2</source>
        <translation>Desil 2</translation>
    </message>
    <message>
        <source>Decile 3</source>
        <translation>Desil 3</translation>
    </message>
    <message>
        <source>Decile 4</source>
        <translation>Desil 4</translation>
    </message>
    <message>
        <source>Decile 5</source>
        <translation>Desil 5</translation>
    </message>
    <message>
        <source>Decile 6</source>
        <translation>Desil 6</translation>
    </message>
    <message>
        <source>Decile 7</source>
        <translation>Desil 7</translation>
    </message>
    <message>
        <source>Decile 8</source>
        <translation>Desil 8</translation>
    </message>
    <message>
        <source>Decile 9</source>
        <translation>Desil 9</translation>
    </message>
    <message>
        <source>Decile 10 (richest)</source>
        <translation>Desil 10 (terkaya)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Milik sendiri</translation>
    </message>
    <message>
        <source>Contract or rent</source>
        <translation>Kontrak/sewa</translation>
    </message>
    <message>
        <source>Rent-free</source>
        <translation>Bebas sewa</translation>
    </message>
    <message>
        <source>Official housing</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Lodging or shared</source>
        <translation>Menumpang</translation>
    </message>
    <message>
        <source>SHM in a member&apos;s name</source>
        <translation>SHM atas nama anggota keluarga</translation>
    </message>
    <message>
        <source>SHM in another name, with written agreement</source>
        <translation>SHM bukan atas nama anggota keluarga, dengan perjanjian tertulis</translation>
    </message>
    <message>
        <source>SHM in another name, without agreement</source>
        <translation>SHM bukan atas nama anggota keluarga, tanpa perjanjian</translation>
    </message>
    <message>
        <source>SHGB or SHSRS</source>
        <translation>SHGB/SHSRS</translation>
    </message>
    <message>
        <source>Girik or letter C</source>
        <translation>Girik/letter C</translation>
    </message>
    <message>
        <source>Marble or granite</source>
        <translation>Marmer/granit</translation>
    </message>
    <message>
        <source>Ceramic</source>
        <translation>Keramik</translation>
    </message>
    <message>
        <source>Parquet, vinyl or carpet</source>
        <translation>Parket/vinil/karpet</translation>
    </message>
    <message>
        <source>Tile or terrazzo</source>
        <translation>Ubin/tegel/teraso</translation>
    </message>
    <message>
        <source>Wood or planks</source>
        <translation>Kayu/papan</translation>
    </message>
    <message>
        <source>Cement or red brick</source>
        <translation>Semen/bata merah</translation>
    </message>
    <message>
        <source>Bamboo</source>
        <translation>Bambu</translation>
    </message>
    <message>
        <source>Earth</source>
        <translation>Tanah</translation>
    </message>
    <message>
        <source>Masonry</source>
        <translation>Tembok</translation>
    </message>
    <message>
        <source>Plastered bamboo or wire</source>
        <translation>Plesteran anyaman bambu/kawat</translation>
    </message>
    <message>
        <source>Wood, gypsum or GRC board</source>
        <translation>Kayu/papan/gipsum/GRC/kalsiboard</translation>
    </message>
    <message>
        <source>Woven bamboo</source>
        <translation>Anyaman bambu</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Batang kayu</translation>
    </message>
    <message>
        <source>Concrete</source>
        <translation>Beton</translation>
    </message>
    <message>
        <source>Clay tiles</source>
        <translation>Genteng</translation>
    </message>
    <message>
        <source>Zinc sheets</source>
        <translation>Seng</translation>
    </message>
    <message>
        <source>Asbestos</source>
        <translation>Asbes</translation>
    </message>
    <message>
        <source>Wood or shingles</source>
        <translation>Kayu/sirap</translation>
    </message>
    <message>
        <source>Straw, palm fibre or leaves</source>
        <translation>Jerami/ijuk/daun-daunan/rumbia</translation>
    </message>
    <message>
        <source>Bottled water</source>
        <translation>Air kemasan bermerek</translation>
    </message>
    <message>
        <source>Refill water</source>
        <translation>Air isi ulang</translation>
    </message>
    <message>
        <source>Piped water</source>
        <translation>Leding</translation>
    </message>
    <message>
        <source>Bore or pump well</source>
        <translation>Sumur bor/pompa</translation>
    </message>
    <message>
        <source>Protected well</source>
        <translation>Sumur terlindung</translation>
    </message>
    <message>
        <source>Unprotected well</source>
        <translation>Sumur tak terlindung</translation>
    </message>
    <message>
        <source>Protected spring</source>
        <translation>Mata air terlindung</translation>
    </message>
    <message>
        <source>Unprotected spring</source>
        <translation>Mata air tak terlindung</translation>
    </message>
    <message>
        <source>Surface water (river, lake)</source>
        <translation>Air permukaan (sungai/danau/waduk)</translation>
    </message>
    <message>
        <source>Rainwater</source>
        <translation>Air hujan</translation>
    </message>
    <message>
        <source>PDAM piped water</source>
        <translation>Leding PDAM</translation>
    </message>
    <message>
        <source>PAMDES village water</source>
        <translation>Air PAMDES</translation>
    </message>
    <message>
        <source>Less than 10 m</source>
        <translation>Kurang dari 10 m</translation>
    </message>
    <message>
        <source>10 m or more</source>
        <translation>10 m atau lebih</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>PLN electricity, metered</source>
        <translation>Listrik PLN dengan meteran</translation>
    </message>
    <message>
        <source>PLN electricity, unmetered</source>
        <translation>Listrik PLN tanpa meteran</translation>
    </message>
    <message>
        <source>Non-PLN electricity</source>
        <translation>Listrik non-PLN</translation>
    </message>
    <message>
        <source>Not electric</source>
        <translation>Bukan listrik</translation>
    </message>
    <message>
        <source>450 W</source>
        <translation>450 W</translation>
    </message>
    <message>
        <source>900 W</source>
        <translation>900 W</translation>
    </message>
    <message>
        <source>1,300 W</source>
        <translation>1.300 W</translation>
    </message>
    <message>
        <source>2,200 W</source>
        <translation>2.200 W</translation>
    </message>
    <message>
        <source>More than 2,200 W</source>
        <translation>Lebih dari 2.200 W</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Listrik</translation>
    </message>
    <message>
        <source>LPG 5.5 kg</source>
        <translation>Elpiji 5,5 kg</translation>
    </message>
    <message>
        <source>LPG 12 kg</source>
        <translation>Elpiji 12 kg</translation>
    </message>
    <message>
        <source>LPG 3 kg</source>
        <translation>Elpiji 3 kg</translation>
    </message>
    <message>
        <source>Piped gas</source>
        <translation>Gas kota</translation>
    </message>
    <message>
        <source>Biogas</source>
        <translation>Biogas</translation>
    </message>
    <message>
        <source>Kerosene</source>
        <translation>Minyak tanah</translation>
    </message>
    <message>
        <source>Briquettes</source>
        <translation>Briket</translation>
    </message>
    <message>
        <source>Charcoal</source>
        <translation>Arang</translation>
    </message>
    <message>
        <source>Firewood</source>
        <translation>Kayu bakar</translation>
    </message>
    <message>
        <source>No cooking at home</source>
        <translation>Tidak memasak di rumah</translation>
    </message>
    <message>
        <source>Shared with given households</source>
        <translation>Bersama keluarga tertentu</translation>
    </message>
    <message>
        <source>Communal MCK</source>
        <translation>MCK komunal</translation>
    </message>
    <message>
        <source>Public MCK</source>
        <translation>MCK umum</translation>
    </message>
    <message>
        <source>Exists, not used</source>
        <translation>Ada, tidak digunakan</translation>
    </message>
    <message>
        <source>Goose-neck</source>
        <translation>Leher angsa</translation>
    </message>
    <message>
        <source>Covered squat</source>
        <translation>Plengsengan dengan tutup</translation>
    </message>
    <message>
        <source>Uncovered squat</source>
        <translation>Plengsengan tanpa tutup</translation>
    </message>
    <message>
        <source>Pit</source>
        <translation>Cemplung/cubluk</translation>
    </message>
    <message>
        <source>Septic tank</source>
        <translation>Tangki septik</translation>
    </message>
    <message>
        <source>Waste water treatment (IPAL)</source>
        <translation>IPAL</translation>
    </message>
    <message>
        <source>Pond, field, river or sea</source>
        <translation>Kolam/sawah/sungai/laut</translation>
    </message>
    <message>
        <source>Hole in the ground</source>
        <translation>Lubang tanah</translation>
    </message>
    <message>
        <source>Beach or open ground</source>
        <translation>Pantai/tanah lapang</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Berlangganan</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Mobile data</source>
        <translation>Data seluler</translation>
    </message>
    <message>
        <source>For business</source>
        <translation>Untuk usaha</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <source>Business and personal</source>
        <translation>Usaha dan pribadi</translation>
    </message>
    <message>
        <source>Lives with the family</source>
        <translation>Tinggal bersama keluarga</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Moved within Indonesia</source>
        <translation>Pindah dalam negeri</translation>
    </message>
    <message>
        <source>Moved abroad</source>
        <translation>Pindah ke luar negeri</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Istri/suami</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation>Menantu</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cucu</translation>
    </message>
    <message>
        <source>Parent or parent-in-law</source>
        <translation>Orang tua/mertua</translation>
    </message>
    <message>
        <source>Domestic worker or driver</source>
        <translation>Pembantu/sopir</translation>
    </message>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Protestant</source>
        <translation>Kristen</translation>
    </message>
    <message>
        <source>Catholic</source>
        <translation>Katolik</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Buddha</translation>
    </message>
    <message>
        <source>Confucian</source>
        <translation>Khonghucu</translation>
    </message>
    <message>
        <source>Belief or other</source>
        <translation>Kepercayaan/lainnya</translation>
    </message>
    <message>
        <source>Never attended school</source>
        <translation>Tidak/belum pernah sekolah</translation>
    </message>
    <message>
        <source>Still in school</source>
        <translation>Masih sekolah</translation>
    </message>
    <message>
        <source>No longer in school</source>
        <translation>Tidak bersekolah lagi</translation>
    </message>
    <message>
        <source>Paket A</source>
        <translation>Paket A</translation>
    </message>
    <message>
        <source>SDLB</source>
        <translation>SDLB</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>MI</source>
        <translation>MI</translation>
    </message>
    <message>
        <source>SPM/PDF Ula</source>
        <translation>SPM/PDF Ula</translation>
    </message>
    <message>
        <source>Paket B</source>
        <translation>Paket B</translation>
    </message>
    <message>
        <source>SMPLB</source>
        <translation>SMPLB</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>SMP</translation>
    </message>
    <message>
        <source>MTs</source>
        <translation>MTs</translation>
    </message>
    <message>
        <source>SPM/PDF Wustha</source>
        <translation>SPM/PDF Wustha</translation>
    </message>
    <message>
        <source>Paket C</source>
        <translation>Paket C</translation>
    </message>
    <message>
        <source>SMLB</source>
        <translation>SMLB</translation>
    </message>
    <message>
        <source>SMA</source>
        <translation>SMA</translation>
    </message>
    <message>
        <source>MA</source>
        <translation>MA</translation>
    </message>
    <message>
        <source>SMK</source>
        <translation>SMK</translation>
    </message>
    <message>
        <source>MAK</source>
        <translation>MAK</translation>
    </message>
    <message>
        <source>SPM/PDF Ulya</source>
        <translation>SPM/PDF Ulya</translation>
    </message>
    <message>
        <source>D1–D3</source>
        <translation>D1–D3</translation>
    </message>
    <message>
        <source>D4/S1</source>
        <translation>D4/S1</translation>
    </message>
    <message>
        <source>Professional programme</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <source>S2</source>
        <translation>S2</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>Kelas 1</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>Kelas 2</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>Kelas 3</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>Kelas 4</translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation>Kelas 5</translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation>Kelas 6</translation>
    </message>
    <message>
        <source>Grade 7</source>
        <translation>Kelas 7</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamat</translation>
    </message>
    <message>
        <source>No primary school diploma</source>
        <translation>Tidak punya ijazah SD</translation>
    </message>
    <message>
        <source>Rice and secondary crops</source>
        <translation>Padi dan palawija</translation>
    </message>
    <message>
        <source>Horticulture</source>
        <translation>Hortikultura</translation>
    </message>
    <message>
        <source>Estate crops</source>
        <translation>Perkebunan</translation>
    </message>
    <message>
        <source>Fishery</source>
        <translation>Perikanan</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Peternakan</translation>
    </message>
    <message>
        <source>Forestry and other farming</source>
        <translation>Kehutanan dan pertanian lainnya</translation>
    </message>
    <message>
        <source>Mining and quarrying</source>
        <translation>Pertambangan dan penggalian</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industri pengolahan</translation>
    </message>
    <message>
        <source>Electricity and gas</source>
        <translation>Listrik dan gas</translation>
    </message>
    <message>
        <source>Water supply and waste</source>
        <translation>Air, sampah dan limbah</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Konstruksi</translation>
    </message>
    <message>
        <source>Trade and vehicle repair</source>
        <translation>Perdagangan dan reparasi kendaraan</translation>
    </message>
    <message>
        <source>Transport and storage</source>
        <translation>Pengangkutan dan pergudangan</translation>
    </message>
    <message>
        <source>Accommodation and food</source>
        <translation>Penyediaan akomodasi dan makan minum</translation>
    </message>
    <message>
        <source>Information and communication</source>
        <translation>Informasi dan komunikasi</translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation>Keuangan dan asuransi</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Real estat</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Jasa profesional</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Jasa penunjang usaha</translation>
    </message>
    <message>
        <source>Public administration and defence</source>
        <translation>Administrasi pemerintahan dan pertahanan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Health and social work</source>
        <translation>Kesehatan dan kegiatan sosial</translation>
    </message>
    <message>
        <source>Arts and recreation</source>
        <translation>Kesenian dan hiburan</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Jasa lainnya</translation>
    </message>
    <message>
        <source>Households as employers</source>
        <translation>Rumah tangga sebagai pemberi kerja</translation>
    </message>
    <message>
        <source>International bodies</source>
        <translation>Badan internasional</translation>
    </message>
    <message>
        <source>Own-account worker</source>
        <translation>Berusaha sendiri</translation>
    </message>
    <message>
        <source>Employer with temporary or unpaid help</source>
        <translation>Berusaha dibantu buruh tidak tetap/tidak dibayar</translation>
    </message>
    <message>
        <source>Employer with paid staff</source>
        <translation>Berusaha dibantu buruh tetap/dibayar</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Buruh/karyawan/pegawai swasta</translation>
    </message>
    <message>
        <source>PNS/TNI/Polri/BUMN/BUMD or official</source>
        <translation>PNS/TNI/Polri/BUMN/BUMD/pejabat negara</translation>
    </message>
    <message>
        <source>Casual farm worker</source>
        <translation>Pekerja bebas pertanian</translation>
    </message>
    <message>
        <source>Casual non-farm worker</source>
        <translation>Pekerja bebas nonpertanian</translation>
    </message>
    <message>
        <source>Unpaid family worker</source>
        <translation>Pekerja keluarga/tidak dibayar</translation>
    </message>
    <message>
        <source>Has one, shown</source>
        <translation>Ada, dapat ditunjukkan</translation>
    </message>
    <message>
        <source>Has one, not shown</source>
        <translation>Ada, tidak dapat ditunjukkan</translation>
    </message>
    <message>
        <source>SITU</source>
        <translation>SITU</translation>
    </message>
    <message>
        <source>SIUP</source>
        <translation>SIUP</translation>
    </message>
    <message>
        <source>NRP</source>
        <translation>NRP</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>SKDP</source>
        <translation>SKDP</translation>
    </message>
    <message>
        <source>Amdal</source>
        <translation>Amdal</translation>
    </message>
    <message>
        <source>SIMB</source>
        <translation>SIMB</translation>
    </message>
    <message>
        <source>SKBH</source>
        <translation>SKBH</translation>
    </message>
    <message>
        <source>PT deed</source>
        <translation>Akta pendirian PT</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Nuisance permit</source>
        <translation>Izin gangguan (HO)</translation>
    </message>
    <message>
        <source>Under Rp 5 million</source>
        <translation>Kurang dari Rp 5 juta</translation>
    </message>
    <message>
        <source>Rp 5 to under 15 million</source>
        <translation>Rp 5 juta s.d. kurang dari Rp 15 juta</translation>
    </message>
    <message>
        <source>Rp 15 to under 25 million</source>
        <translation>Rp 15 juta s.d. kurang dari Rp 25 juta</translation>
    </message>
    <message>
        <source>Rp 25 to under 167 million</source>
        <translation>Rp 25 juta s.d. kurang dari Rp 167 juta</translation>
    </message>
    <message>
        <source>Rp 167 million to under 1.25 billion</source>
        <translation>Rp 167 juta s.d. kurang dari Rp 1,25 miliar</translation>
    </message>
    <message>
        <source>Rp 1.25 to under 4.167 billion</source>
        <translation>Rp 1,25 miliar s.d. kurang dari Rp 4,167 miliar</translation>
    </message>
    <message>
        <source>Rp 4.167 billion or more</source>
        <translation>Rp 4,167 miliar atau lebih</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Wasting</source>
        <translation>Gizi kurang (wasting)</translation>
    </message>
    <message>
        <source>Stunting</source>
        <translation>Stunting</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Tidak ada catatan</translation>
    </message>
    <message>
        <source>Cannot at all</source>
        <translation>Tidak bisa sama sekali</translation>
    </message>
    <message>
        <source>A lot, needs help</source>
        <translation>Banyak kesulitan, perlu bantuan</translation>
    </message>
    <message>
        <source>Some difficulty</source>
        <translation>Sedikit kesulitan</translation>
    </message>
    <message>
        <source>No difficulty</source>
        <translation>Tidak ada kesulitan</translation>
    </message>
    <message>
        <source>Very often</source>
        <translation>Sangat sering</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Sering</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Jarang</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>Someone outside the family</source>
        <translation>Bukan anggota keluarga</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Tinggal sendiri</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hipertensi (darah tinggi)</translation>
    </message>
    <message>
        <source>Rheumatism</source>
        <translation>Rematik</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asma</translation>
    </message>
    <message>
        <source>Heart disease</source>
        <translation>Penyakit jantung</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes (kencing manis)</translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation>Tuberkulosis (TBC)</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Stroke</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Kanker</translation>
    </message>
    <message>
        <source>Kidney failure</source>
        <translation>Gagal ginjal</translation>
    </message>
    <message>
        <source>Haemophilia</source>
        <translation>Hemofilia</translation>
    </message>
    <message>
        <source>HIV/AIDS</source>
        <translation>HIV/AIDS</translation>
    </message>
    <message>
        <source>High cholesterol</source>
        <translation>Kolesterol</translation>
    </message>
    <message>
        <source>Cirrhosis</source>
        <translation>Sirosis hati</translation>
    </message>
    <message>
        <source>Thalassaemia</source>
        <translation>Talasemia</translation>
    </message>
    <message>
        <source>Leukaemia</source>
        <translation>Leukemia</translation>
    </message>
    <message>
        <source>Alzheimer&apos;s</source>
        <translation>Alzheimer</translation>
    </message>
    <message>
        <source>PBI-JKN</source>
        <translation>PBI-JKN</translation>
    </message>
    <message>
        <source>JKN, self-paid</source>
        <translation>JKN mandiri</translation>
    </message>
    <message>
        <source>JKN, paid by employer</source>
        <translation>JKN pemberi kerja</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Jaminan kecelakaan kerja</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Jaminan kematian</translation>
    </message>
    <message>
        <source>Old age</source>
        <translation>Jaminan hari tua</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Jaminan pensiun</translation>
    </message>
    <message>
        <source>Taspen or other pension</source>
        <translation>Pensiun/Taspen/Asabri</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Akta kelahiran</translation>
    </message>
    <message>
        <source>Child ID card (KIA)</source>
        <translation>Kartu Identitas Anak (KIA)</translation>
    </message>
    <message>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write down this recovery key and keep it in a safe place. It is shown only once; with it the vault can be opened when every passphrase is forgotten.</source>
        <translation>Catat kunci pemulihan ini dan simpan di tempat yang aman. Kunci ini hanya ditampilkan sekali; dengan kunci ini brankas tetap dapat dibuka bila semua kata sandi terlupa.</translation>
    </message>
    <message>
        <source>Type the passphrase again: </source>
        <translation>Ketik kata sandi sekali lagi: </translation>
    </message>
    <message>
        <source>… and %1 more errors not listed.</source>
        <translation>… dan %1 kesalahan lain yang tidak ditampilkan.</translation>
    </message>
    <message>
        <source>… and %1 more warnings not listed.</source>
        <translation>… dan %1 peringatan lain yang tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Unknown columns ignored: %1</source>
        <translation>Kolom tidak dikenal yang diabaikan: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 missing from this snapshot</source>
        <translation>%1 ditambahkan, %2 berubah, %3 tidak berubah, %4 tidak ada di data DTSEN ini</translation>
    </message>
    <message>
        <source>Households: %1</source>
        <translation>Keluarga: %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Anggota: %1</translation>
    </message>
    <message>
        <source>%1 rows with errors were skipped.</source>
        <translation>%1 baris yang salah dilewati.</translation>
    </message>
    <message>
        <source>%1 warnings were recorded with the households.</source>
        <translation>%1 peringatan dicatat bersama data keluarga.</translation>
    </message>
    <message>
        <source>Run &apos;verdes --help&apos; to see how to use it.</source>
        <translation>Jalankan &apos;verdes --help&apos; untuk melihat cara memakainya.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation>&quot;%1&quot; bukan pilihan untuk %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation>jumlah argumen untuk %1 salah</translation>
    </message>
    <message>
        <source>--rejects needs --skip-bad-rows</source>
        <translation>--rejects memerlukan --skip-bad-rows</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 harus bilangan bulat dari %2 sampai %3</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Kunci pemulihan: </translation>
    </message>
    <message>
        <source>this vault has several officers: choose one with --officer (%1)</source>
        <translation>brankas ini memiliki beberapa petugas: pilih salah satu dengan --officer (%1)</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Kata sandi %1: </translation>
    </message>
    <message>
        <source>init needs --village-code, --village-name and --officer</source>
        <translation>init memerlukan --village-code, --village-name, dan --officer</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Kata sandi baru untuk %1: </translation>
    </message>
    <message>
        <source>Created the village vault of %1 at %2.</source>
        <translation>Brankas desa %1 dibuat di %2.</translation>
    </message>
    <message>
        <source>Generating the demo village…</source>
        <translation>Membuat desa contoh…</translation>
    </message>
    <message>
        <source>Created the demo village %1 (%2 households) at %3. Everything in it is invented.</source>
        <translation>Desa contoh %1 (%2 keluarga) dibuat di %3. Semua isinya rekaan.</translation>
    </message>
    <message>
        <source>Wrote a demo village of %1 households to %2. Everything in it is invented.</source>
        <translation>Desa contoh berisi %1 keluarga ditulis ke %2. Semua isinya rekaan.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Wrote %1 households with %2 members to %3. The file holds personal data: keep it safe and delete it when done.</source>
        <translation>%1 keluarga dengan %2 anggota ditulis ke %3. Berkas ini berisi data pribadi: simpan dengan aman dan hapus bila sudah selesai.</translation>
    </message>
    <message>
        <source>head</source>
        <translation>kepala keluarga</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n hasil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>Kata sandi %1 sudah diganti.</translation>
    </message>
    <message>
        <source>Data-quality checks:
  verdes checks VAULT [--check CODE]
                                 run the data-quality checks and list the open flags
                                 (NIK masked); CODE limits the list to one check
</source>
        <translation>Pemeriksaan kualitas data:
  verdes checks BRANKAS [--check KODE]
                                 jalankan pemeriksaan kualitas data dan tampilkan peringatan aktif
                                 (NIK disamarkan); KODE membatasi daftar pada satu pemeriksaan
</translation>
    </message>
    <message>
        <source>Data-quality checks: %1 open flags (%2 new). List them with: verdes checks VAULT</source>
        <translation>Pemeriksaan kualitas data: %1 peringatan aktif (%2 baru). Tampilkan dengan: verdes checks BRANKAS</translation>
    </message>
    <message>
        <source>wrong number of arguments for officer %1</source>
        <translation>jumlah argumen untuk perintah officer %1 salah</translation>
    </message>
    <message>
        <source>--role is only for officer add</source>
        <translation>--role hanya untuk perintah officer add</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (one of: %2)</source>
        <translation>peran &quot;%1&quot; tidak dikenal (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang menjadi %2.</translation>
    </message>
    <message>
        <source>manages officers</source>
        <translation>mengelola petugas</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s).</source>
        <translation>
            <numerusform>%n petugas.</numerusform>
        </translation>
    </message>
    <message>
        <source>--household and --limit are only for audit log</source>
        <translation>--household dan --limit hanya untuk perintah audit log</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>Memeriksa riwayat…</translation>
    </message>
    <message>
        <source>Entry %1 (%2, recorded as &quot;%3&quot;) does not match the entries before it.</source>
        <translation>Catatan %1 (%2, tercatat sebagai &quot;%3&quot;) tidak cocok dengan catatan sebelumnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n catatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown proposal state &quot;%1&quot; (one of: %2)</source>
        <translation>status usulan &quot;%1&quot; tidak dikenal (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>perlu dikonfirmasi ulang</translation>
    </message>
    <message>
        <source>household missing</source>
        <translation>keluarga tidak ada lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s).</source>
        <translation>
            <numerusform>%n usulan.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; (one of %2)</source>
        <translation>pemeriksaan &quot;%1&quot; tidak dikenal (salah satu dari %2)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Checked %1 households: %2 open flags (%3 new, %4 closed since the last run, %5 dismissed).</source>
        <translation>%1 keluarga diperiksa: %2 peringatan aktif (%3 baru, %4 selesai sejak pemeriksaan terakhir, %5 diabaikan).</translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation>Mengganti kunci brankas…</translation>
    </message>
    <message>
        <source>The vault key was changed: copies of the vault made before can no longer be opened with the current passphrases, and a removed officer&apos;s old copy stays locked with the old key.</source>
        <translation>Kunci brankas telah diganti: salinan brankas yang dibuat sebelumnya tidak dapat lagi dibuka dengan kata sandi yang berlaku sekarang, dan salinan lama milik petugas yang dihapus tetap terkunci dengan kunci lama.</translation>
    </message>
    <message>
        <source>officer needs add, remove, passwd, role, list, rekey or repair, not &quot;%1&quot;</source>
        <translation>officer memerlukan add, remove, passwd, role, list, rekey, atau repair, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--change-key is only for officer remove</source>
        <translation>--change-key hanya untuk perintah officer remove</translation>
    </message>
    <message>
        <source>officer repair needs --recovery-key</source>
        <translation>officer repair memerlukan --recovery-key</translation>
    </message>
    <message>
        <source>The key file was checked against the vault&apos;s own record; the officers who can open the vault now are: %1.</source>
        <translation>Berkas kunci sudah dicocokkan dengan catatan brankas sendiri; petugas yang sekarang dapat membuka brankas: %1.</translation>
    </message>
    <message>
        <source>A copy of the vault folder that %1 made earlier still opens with their passphrase. To close that too, change the vault key: verdes officer rekey VAULT</source>
        <translation>Salinan folder brankas yang dibuat %1 sebelumnya masih dapat dibuka dengan kata sandinya. Untuk menutupnya juga, ganti kunci brankas: verdes officer rekey BRANKAS</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact and matches the content: %n entries checked.</source>
        <translation>
            <numerusform>Riwayat utuh dan sesuai dengan isi brankas: %n catatan diperiksa.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit needs verify, log or head, not &quot;%1&quot;</source>
        <translation>audit memerlukan verify, log, atau head, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--anchor is only for audit verify</source>
        <translation>--anchor hanya untuk perintah audit verify</translation>
    </message>
    <message>
        <source>--out is only for audit head</source>
        <translation>--out hanya untuk perintah audit head</translation>
    </message>
    <message>
        <source>The history matches the anchor %1.</source>
        <translation>Riwayat cocok dengan jangkar %1.</translation>
    </message>
    <message>
        <source>Newest entry of the history: %1, recorded %2.</source>
        <translation>Catatan terbaru riwayat: %1, dicatat pada %2.</translation>
    </message>
    <message>
        <source>Fingerprint: %1   Device key: %2</source>
        <translation>Sidik: %1   Kunci perangkat: %2</translation>
    </message>
    <message>
        <source>Write this down and keep it apart from the laptop; &apos;verdes audit verify VAULT --anchor %1&apos; later shows whether the history still holds it:</source>
        <translation>Catat ini di kertas dan simpan terpisah dari laptop; &apos;verdes audit verify BRANKAS --anchor %1&apos; kelak menunjukkan apakah riwayat masih memuatnya:</translation>
    </message>
    <message>
        <source>To replace it, add --force.</source>
        <translation>Untuk menggantinya, tambahkan --force.</translation>
    </message>
    <message>
        <source>--force is only for replacing the --rejects file</source>
        <translation>--force hanya untuk mengganti berkas --rejects</translation>
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
        <translation>Petugas, peran, dan riwayat perubahan:
  verdes officer add BRANKAS NAMA [--role PERAN]
                                 menambah petugas (PERAN: operator, secretary, chair, kepala_desa,
                                 bpd atau viewer; operator bila tidak disebut)
  verdes officer role BRANKAS NAMA PERAN
                                 memberi petugas peran lain
  verdes officer list BRANKAS    daftar petugas, perannya, dan siapa yang mengelola petugas
  verdes officer remove BRANKAS NAMA [--change-key]
                                 menghapus petugas; --change-key sekaligus mengganti kunci brankas
  verdes officer rekey BRANKAS   mengganti kunci brankas: salinan yang dibuat sebelumnya (misalnya
                                 oleh petugas yang sudah dihapus) tetap terkunci dengan kunci lama
  verdes officer repair BRANKAS --recovery-key
                                 menulis ulang berkas kunci dari catatan brankas sendiri, bila
                                 Verdes menolak berkas kunci yang tidak dikenal basis data
  verdes audit verify BRANKAS [--anchor N:SIDIK]
                                 memeriksa bahwa riwayat perubahan tidak diubah dan isi brankas
                                 sesuai dengannya; dengan --anchor, bahwa riwayat masih memuat
                                 catatan yang dulu ditulis di kertas (kode keluar 4 bila tidak)
  verdes audit head BRANKAS [--out BERKAS]
                                 catatan terbaru riwayat, ditandatangani dengan kunci perangkat
                                 brankas, beserta jangkar pendek untuk dicatat di kertas
  verdes audit log BRANKAS [--household ID] [--limit N]
                                 riwayat perubahan dalam kalimat biasa, dari yang terlama
Menambah, menghapus petugas, mengubah peran, dan mengganti kunci brankas memerlukan kepala desa
atau petugas yang mengelola petugas; setiap petugas boleh mengganti kata sandinya sendiri. Nama
petugas paling banyak %1 karakter, tanpa pindah baris, tab, atau karakter kendali lain.
</translation>
    </message>
    <message>
        <source>Change proposals:
  verdes proposals VAULT [--state STATE] [--show-nik]
                                 list the change proposals (STATE: draft, ready, withdrawn, …);
                                 --show-nik as for search: the role must allow it, and the
                                 reveal is recorded
</source>
        <translation>Usulan perubahan:
  verdes proposals BRANKAS [--state STATUS] [--show-nik]
                                 daftar usulan perubahan (STATUS: draft, ready, withdrawn, …);
                                 --show-nik seperti pada search: peran harus mengizinkannya, dan
                                 tampilan lengkap itu dicatat
</translation>
    </message>
    <message>
        <source>the CSV file cannot be read from standard input, which gives the passphrase or the recovery key; give the name of the file instead</source>
        <translation>berkas CSV tidak dapat dibaca dari masukan standar, karena dari situlah kata sandi atau kunci pemulihan diberikan; sebutkan nama berkasnya</translation>
    </message>
    <message>
        <source>--demo-village needs a demo village&apos;s code: a kecamatan of the 2025 list followed by 2999</source>
        <translation>--demo-village memerlukan kode desa contoh: kode kecamatan dalam daftar 2025 diikuti 2999</translation>
    </message>
    <message>
        <source>Checking the evidence files…</source>
        <translation>Memeriksa berkas bukti…</translation>
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
        <translation>Musyawarah desa (musdes):
  verdes musdes new BRANKAS --date TTTT-BB-HH --place TEKS --chair NAMA [--time JJ:MM]
                  [--minute-taker NAMA] [--kind musdes|musdesus|muskel|sptjm]
                  [--addendum-of RAPAT]
                                 siapkan rapat; mencetak nomornya (RAPAT di bawah)
  verdes musdes attend BRANKAS RAPAT --name TEKS --role PERAN [--rt-rw 003/002] [--signed]
                                 catat peserta yang hadir (PERAN: %1)
  verdes musdes agenda BRANKAS RAPAT --add-ready | --add N [N…] | --household ID
                                 masukkan semua usulan siap, beberapa usulan, atau keluarga
                                 dengan peringatan ke acara rapat
  verdes musdes decide BRANKAS RAPAT USULAN agreed|rejected|deferred [--note TEKS]
                  [--votes SETUJU/TIDAK/ABSTAIN]
                                 catat (atau betulkan) keputusan; musyawarah mufakat kecuali
                                 --votes; untuk keluarga dengan peringatan beri ID-nya dan
                                 keep|remove|deferred
  verdes musdes seal BRANKAS RAPAT --officer PIMPINAN
                                 segel berita acara dengan kata sandi pimpinan rapat (SPTJM:
                                 kata sandi kepala desa); setelah itu rapat tidak dapat diubah
  verdes musdes list BRANKAS     daftar rapat
  verdes musdes show BRANKAS RAPAT
                                 satu rapat: data, daftar hadir, acara, keputusan dan segel
</translation>
    </message>
    <message>
        <source>The village vault is healthy: encryption, database, schema, key file, history, meeting seals and evidence checked.</source>
        <translation>Brankas desa sehat: enkripsi, basis data, skema, berkas kunci, riwayat, segel rapat dan bukti sudah diperiksa.</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>tanda tangan digital</translation>
    </message>
    <message>
        <source>the meeting&apos;s content</source>
        <translation>isi rapat</translation>
    </message>
    <message>
        <source>the history it was sealed with</source>
        <translation>riwayat saat disegel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting number</source>
        <translation>&quot;%1&quot; bukan nomor rapat</translation>
    </message>
    <message>
        <source>unknown musdes command &quot;%1&quot; (one of: %2)</source>
        <translation>perintah musdes &quot;%1&quot; tidak dikenal (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>wrong number of arguments for musdes %1</source>
        <translation>jumlah argumen untuk musdes %1 salah</translation>
    </message>
    <message>
        <source>musdes new needs --date YYYY-MM-DD</source>
        <translation>musdes new memerlukan --date TTTT-BB-HH</translation>
    </message>
    <message>
        <source>--time needs HH:MM</source>
        <translation>--time memerlukan JJ:MM</translation>
    </message>
    <message>
        <source>--kind is one of musdes, musdesus, muskel, sptjm</source>
        <translation>--kind salah satu dari musdes, musdesus, muskel, sptjm</translation>
    </message>
    <message>
        <source>musdes attend needs --name</source>
        <translation>musdes attend memerlukan --name</translation>
    </message>
    <message>
        <source>musdes attend needs --role (see &apos;verdes --help&apos;)</source>
        <translation>musdes attend memerlukan --role (lihat &apos;verdes --help&apos;)</translation>
    </message>
    <message>
        <source>--rt-rw is RT/RW, for example 003/002</source>
        <translation>--rt-rw berisi RT/RW, misalnya 003/002</translation>
    </message>
    <message>
        <source>musdes agenda needs one of --add-ready, --add N…, --household ID</source>
        <translation>musdes agenda memerlukan salah satu dari --add-ready, --add N…, --household ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proposal number</source>
        <translation>&quot;%1&quot; bukan nomor usulan</translation>
    </message>
    <message>
        <source>the decision is one of agreed, rejected, deferred, keep, remove</source>
        <translation>keputusan salah satu dari agreed, rejected, deferred, keep, remove</translation>
    </message>
    <message>
        <source>--votes is FOR/AGAINST/ABSTAIN, for example 12/3/1</source>
        <translation>--votes berisi SETUJU/TIDAK/ABSTAIN, misalnya 12/3/1</translation>
    </message>
    <message>
        <source>Meeting %1 prepared: %2</source>
        <translation>Rapat %1 disiapkan: %2</translation>
    </message>
    <message>
        <source>%1 recorded as present (%2).</source>
        <translation>%1 dicatat hadir (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n ready proposal(s) put on the agenda.</source>
        <translation>
            <numerusform>%n usulan siap dimasukkan ke acara rapat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The household is on the agenda, to keep or to propose its removal.</source>
        <translation>Keluarga itu masuk acara, untuk tetap atau diusulkan keluar.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) put on the agenda.</source>
        <translation>
            <numerusform>%n usulan dimasukkan ke acara rapat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation>Usulan %1: %2</translation>
    </message>
    <message>
        <source>Meeting sealed by %1. Seal: %2</source>
        <translation>Rapat disegel oleh %1. Segel: %2</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 dari %2 diputuskan</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n hadir</numerusform>
        </translation>
    </message>
    <message>
        <source>sealed %1</source>
        <translation>disegel %1</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>belum disegel</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s).</source>
        <translation>
            <numerusform>%n rapat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Pimpinan rapat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n</source>
        <translation>
            <numerusform>Daftar hadir: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda: %n item(s)</source>
        <translation>
            <numerusform>Acara: %n butir</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation>usulan %1</translation>
    </message>
    <message>
        <source>household %1</source>
        <translation>keluarga %1</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2. Seal: %3 (device key %4, history entry %5)</source>
        <translation>Disegel oleh %1 pada %2. Segel: %3 (kunci perangkat %4, catatan riwayat %5)</translation>
    </message>
    <message>
        <source>Not sealed.</source>
        <translation>Belum disegel.</translation>
    </message>
    <message>
        <source>there is no meeting &quot;%1&quot; in this vault</source>
        <translation>tidak ada musyawarah &quot;%1&quot; di brankas ini</translation>
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
        <translation>Dokumen musyawarah:
  verdes musdes documents BRANKAS MUSYAWARAH FOLDER [--paper a4|f4] [--force]
                                 tulis dokumen musyawarah sebagai PDF (berita acara,
                                 daftar hadir, BNBA, daftar usulan ditolak dan ditunda,
                                 salinan papan pengumuman) dan BNBA sebagai .xlsx ke FOLDER;
                                 MUSYAWARAH adalah nomor atau id musyawarah. BNBA memuat NIK
                                 dan KK: simpan dengan aman. Kertas A4, kecuali --paper f4
                                 (215 x 330 mm)
  verdes musdes template BRANKAS NAMA [--show | --set BERKAS | --reset]
                                 tampilkan, ganti atau kembalikan templat dokumen (HTML dengan
                                 {{penanda}}; --show mencantumkannya); NAMA salah satu dari:
                                 %1
</translation>
    </message>
    <message>
        <source>--paper is a4 or f4, not &quot;%1&quot;</source>
        <translation>--paper berisi a4 atau f4, bukan &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n documents.</source>
        <translation>
            <numerusform>%n dokumen ditulis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting is not sealed yet: every page says BELUM DISEGEL (draft).</source>
        <translation>Musyawarah ini belum disegel: setiap halaman bertuliskan BELUM DISEGEL (draf).</translation>
    </message>
    <message>
        <source>--set and --reset cannot be used together</source>
        <translation>--set dan --reset tidak dapat dipakai bersamaan</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was replaced.</source>
        <translation>Templat &quot;%1&quot; sudah diganti.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is the default again.</source>
        <translation>Templat &quot;%1&quot; kembali ke bawaan.</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Penanda:</translation>
    </message>
    <message>
        <source>Its batch is ready for the district: see &apos;verdes batch list&apos;.</source>
        <translation>Paket perubahannya siap untuk dinas sosial: lihat &apos;verdes batch list&apos;.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
    <message>
        <source>written for the USB stick, no receipt yet</source>
        <translation>sudah ditulis ke flashdisk, belum ada tanda terima</translation>
    </message>
    <message>
        <source>sent, no receipt yet</source>
        <translation>sudah dikirim, belum ada tanda terima</translation>
    </message>
    <message>
        <source>partly accepted by the district</source>
        <translation>sebagian diterima dinas sosial</translation>
    </message>
    <message>
        <source>received by the district</source>
        <translation>sudah diterima dinas sosial</translation>
    </message>
    <message>
        <source>refused by the district (%1)</source>
        <translation>ditolak dinas sosial (%1)</translation>
    </message>
    <message>
        <source>wrong number of arguments for batch %1</source>
        <translation>jumlah argumen untuk batch %1 salah</translation>
    </message>
    <message>
        <source>--batch is for batch export</source>
        <translation>--batch hanya untuk batch export</translation>
    </message>
    <message>
        <source>--batch is the number of a batch, 1 or more</source>
        <translation>--batch adalah nomor paket, 1 atau lebih</translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) made from sealed meetings.</source>
        <translation>
            <numerusform>%n paket perubahan baru dibuat dari musyawarah yang sudah disegel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n butir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es).</source>
        <translation>
            <numerusform>%n paket perubahan.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no batch waiting for the district.</source>
        <translation>Tidak ada paket perubahan yang menunggu untuk dinas sosial.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (meeting %2, %n item(s)) written to %3, sealed for the district hub. Take the file to the district; the receipt they give back is imported with &apos;verdes receipts import&apos;.</source>
        <translation>
            <numerusform>Paket perubahan %1 (musyawarah %2, %n butir) ditulis ke %3, tersegel untuk server dinas sosial. Bawa berkas itu ke dinas sosial; tanda terima yang mereka berikan diimpor dengan &apos;verdes receipts import&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown enrol command &quot;%1&quot; (one of: request, accept)</source>
        <translation>perintah enrol &quot;%1&quot; tidak dikenal (salah satu dari: request, accept)</translation>
    </message>
    <message>
        <source>enrol accept needs --hub-fingerprint: the fingerprint the district gave you</source>
        <translation>enrol accept memerlukan --hub-fingerprint: sidik jari yang diberikan dinas sosial kepada Anda</translation>
    </message>
    <message>
        <source>Enrolment request written to %1. Take it to the district; read them this fingerprint so they can check it: %2</source>
        <translation>Permintaan pendaftaran ditulis ke %1. Bawa ke dinas sosial; bacakan sidik jari ini agar mereka dapat memeriksanya: %2</translation>
    </message>
    <message>
        <source>This laptop is now enrolled with %1 (district %2). Batches are sealed for this hub from now on.</source>
        <translation>Komputer ini sekarang terdaftar di %1 (kabupaten/kota %2). Mulai sekarang paket perubahan disegel untuk server ini.</translation>
    </message>
    <message numerus="yes">
        <source>The district asks for a sync at least every %n day(s).</source>
        <translation>
            <numerusform>Dinas sosial meminta pengiriman paling lambat setiap %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown receipts command &quot;%1&quot; (one of: import)</source>
        <translation>perintah receipts &quot;%1&quot; tidak dikenal (salah satu dari: import)</translation>
    </message>
    <message>
        <source>The receipt for batch %1 was recorded before; nothing changed.</source>
        <translation>Tanda terima untuk paket perubahan %1 sudah dicatat sebelumnya; tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: received by the district, all %n item(s).</source>
        <translation>
            <numerusform>Paket perubahan %1: sudah diterima dinas sosial, semua %n butir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: received by the district, but %n item(s) refused because they came in an earlier batch.</source>
        <translation>
            <numerusform>Paket perubahan %1: sudah diterima dinas sosial, tetapi %n butir ditolak karena sudah ada di paket sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 was not taken yet: the district is missing batch %2 before it. Send batch %2 first, then this one again.</source>
        <translation>Paket perubahan %1 belum diterima: dinas sosial belum menerima paket %2 sebelumnya. Kirim paket %2 dahulu, lalu paket ini sekali lagi.</translation>
    </message>
    <message>
        <source>Batch %1 was refused by the district: %2.</source>
        <translation>Paket perubahan %1 ditolak dinas sosial: %2.</translation>
    </message>
    <message>
        <source>unknown batch command &quot;%1&quot; (one of: list, export, send)</source>
        <translation>perintah batch tidak dikenal &quot;%1&quot; (salah satu dari: list, export, send)</translation>
    </message>
    <message>
        <source>the district hub &quot;%1&quot; takes batches on a USB stick only: use batch export</source>
        <translation>server dinas sosial &quot;%1&quot; hanya menerima paket perubahan lewat flashdisk: pakai batch export</translation>
    </message>
    <message>
        <source>unknown revocations command &quot;%1&quot; (one of: import)</source>
        <translation>perintah revocations &quot;%1&quot; tidak dikenal (salah satu dari: import)</translation>
    </message>
    <message>
        <source>The district&apos;s revocation list does not name this laptop; nothing changes.</source>
        <translation>Komputer ini tidak tercantum dalam daftar pencabutan dinas sosial; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>unknown hub-keys command &quot;%1&quot; (one of: import)</source>
        <translation>perintah hub-keys &quot;%1&quot; tidak dikenal (salah satu dari: import)</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>berlaku sampai %1</translation>
    </message>
    <message>
        <source>with no expiry</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>The district hub has new keys: this laptop now trusts key %1 (generation %2), %3.</source>
        <translation>Server dinas sosial memiliki kunci baru: komputer ini sekarang memercayai kunci %1 (generasi %2), %3.</translation>
    </message>
    <message>
        <source>The district hub&apos;s keys are the ones this laptop trusts already (%1), %2.</source>
        <translation>Kunci server dinas sosial sama dengan yang sudah dipercayai komputer ini (%1), %2.</translation>
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
        <translation>Cara pakai:
  verdes                         membuka aplikasi desktop
  verdes --demo                  membuka aplikasi dengan desa contoh
  verdes init BRANKAS --village-code KODE --village-name NAMA --officer NAMA
                                 membuat brankas desa (kunci pemulihan ditampilkan sekali);
                                 KODE adalah desa atau kelurahan dalam daftar Kemendagri 2025,
                                 3318192001 atau 33.18.19.2001 (--demo-village: kode desa
                                 contoh, bagian desa 2999, untuk mencoba Verdes)
  verdes init BRANKAS --district-code KODE --office-name NAMA --officer NAMA [--role PERAN]
                                 membuat brankas peninjauan dinas untuk dinas sosial sebuah
                                 kabupaten atau kota (KODE: 3374 atau 33.74); PERAN petugas
                                 pertama: office_head (bila tidak disebut) atau verifier
  verdes demo BRANKAS [--households N] [--seed S] [--officer NAMA]
                                 membuat brankas berisi desa contoh rekaan
  verdes demo-csv BERKAS [--households N] [--seed S] [--force]
                                 menulis desa contoh rekaan sebagai berkas CSV data DTSEN
  verdes import BRANKAS BERKAS [--skip-bad-rows [--rejects BERKAS [--force]]]
                                 mengimpor data DTSEN dari berkas CSV (semua atau tidak sama
                                 sekali, kecuali bila baris yang salah dilewati);
                                 &apos;verdes import --help&apos; menjelaskan cara menyimpannya dari Excel
  verdes export BRANKAS BERKAS [--force]
                                 mengekspor data DTSEN ke CSV (data pribadi: simpan dengan aman)
  verdes check BRANKAS           pemeriksaan menyeluruh (enkripsi, basis data, skema, berkas
                                 kunci, riwayat, segel rapat, dan bukti)
  verdes search BRANKAS KATA [--limit N] [--show-nik]
                                 mencari nama, NIK, KK, dan alamat; &quot;rt 3&quot;, &quot;rw 2&quot; menyaring
                                 (NIK dan KK disamarkan; --show-nik menampilkannya utuh bagi
                                 petugas yang perannya boleh melihatnya, dan tampilan itu
                                 dicatat dalam riwayat setiap keluarga yang ditampilkan)
  verdes officer add|remove|passwd BRANKAS NAMA
                                 mengatur petugas yang dapat membuka brankas

Membuka brankas: --officer NAMA memilih petugas (perlu bila ada beberapa);
--recovery-key memakai kunci pemulihan sebagai ganti kata sandi. Rahasia tidak pernah
diberikan sebagai argumen: rahasia dibaca dari baris pertama masukan standar, atau ditanyakan
tanpa ditampilkan di terminal. &apos;officer add&apos; dan &apos;officer passwd&apos; membaca kata sandi baru
dari baris berikutnya.

Menulis berkas: berkas tidak pernah ditulis di dalam folder brankas, juga tidak ke folder,
perangkat atau pipa; berkas yang sudah ada hanya diganti dengan --force. Berkas CSV yang
diimpor dibaca dari berkas biasa, bukan dari pipa atau dari masukan standar.

Kode keluar:
  0  berhasil
  1  perintah dipakai dengan salah
  2  kata sandi atau kunci pemulihan salah, atau petugas tidak dikenal
  3  masukan tidak sah (misalnya kesalahan dalam berkas CSV, kata sandi terlalu pendek)
  4  bukan brankas Verdes, brankas rusak, atau dibuat oleh Verdes yang lebih baru
  5  tidak diizinkan untuk peran Anda atau dengan kunci pemulihan, berkas yang tidak boleh
     ditulis (sudah ada, berada di dalam folder brankas, atau bukan berkas biasa), atau
     kesalahan lain saat membaca atau menulis berkas
  6  server dinas sosial tidak dapat dihubungi, atau belum dapat menyimpan paket perubahan
     saat ini (tidak ada yang hilang: coba lagi nanti)
  7  dinas sosial mencabut pendaftaran komputer ini: brankas hanya dapat dibuka untuk
     mendaftar ulang (enrol, revocations, hub-keys, officer, dan check tetap bisa; data tetap
     terenkripsi)
</translation>
    </message>
    <message>
        <source>a vault is either a village&apos;s (--village-code, --village-name) or a district&apos;s (--district-code, --office-name), not both</source>
        <translation>brankas milik desa (--village-code, --village-name) atau milik kabupaten/kota (--district-code, --office-name), tidak keduanya</translation>
    </message>
    <message>
        <source>init of a district review vault needs --district-code, --office-name and --officer</source>
        <translation>init brankas peninjauan dinas memerlukan --district-code, --office-name, dan --officer</translation>
    </message>
    <message>
        <source>Created the district review vault of %1 (%2, %3) at %4.</source>
        <translation>Brankas peninjauan dinas %1 (%2, %3) dibuat di %4.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; for a %2 (one of: %3)</source>
        <translation>peran &quot;%1&quot; tidak dikenal untuk %2 (salah satu dari: %3)</translation>
    </message>
    <message>
        <source>%1 can now open the vault, as %2.</source>
        <translation>%1 sekarang dapat membuka brankas, sebagai %2.</translation>
    </message>
    <message>
        <source>%1 can no longer open the vault.</source>
        <translation>%1 tidak dapat lagi membuka brankas.</translation>
    </message>
    <message>
        <source>review %1 needs VAULT and a file</source>
        <translation>review %1 memerlukan BRANKAS dan sebuah berkas</translation>
    </message>
    <message>
        <source>review accept needs --hub-fingerprint: the fingerprint the hub&apos;s operator gave you</source>
        <translation>review accept memerlukan --hub-fingerprint: sidik jari yang diberikan operator server kepada Anda</translation>
    </message>
    <message>
        <source>Reviewer enrolment request of %1 (%2) written to %3. Take it to the hub&apos;s operator; read them this fingerprint so they can check it: %4</source>
        <translation>Permintaan pendaftaran peninjau %1 (%2) ditulis ke %3. Bawa ke operator server; bacakan sidik jari ini agar ia dapat memeriksanya: %4</translation>
    </message>
    <message>
        <source>%1 is now enrolled with %2 as %3: verdicts signed with this key are accepted by the hub.</source>
        <translation>%1 sekarang terdaftar pada %2 sebagai %3: keputusan yang ditandatangani dengan kunci ini diterima server.</translation>
    </message>
    <message>
        <source>%1, district %2.</source>
        <translation>%1, kabupaten/kota %2.</translation>
    </message>
    <message>
        <source>Hub: %1 (fingerprint %2).</source>
        <translation>Server: %1 (sidik jari %2).</translation>
    </message>
    <message>
        <source>Hub: none yet; the first reviewer&apos;s accepted answer pins it.</source>
        <translation>Server: belum ada; jawaban pertama yang diterima seorang peninjau menetapkannya.</translation>
    </message>
    <message>
        <source>enrolled %1, key %2</source>
        <translation>terdaftar %1, kunci %2</translation>
    </message>
    <message>
        <source>asked, key %1, no answer yet</source>
        <translation>sudah meminta, kunci %1, belum ada jawaban</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>reviews nothing</source>
        <translation>tidak meninjau apa pun</translation>
    </message>
    <message>
        <source>unknown review command &quot;%1&quot; (one of: %2)</source>
        <translation>perintah review &quot;%1&quot; tidak dikenal (salah satu dari: %2)</translation>
    </message>
    <message>
        <source>review %1 needs VAULT</source>
        <translation>review %1 memerlukan BRANKAS</translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) received, </source>
        <translation>
            <numerusform>%n paket perubahan baru diterima, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the queue</source>
        <translation>
            <numerusform>%n butir ditambahkan ke antrean</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them incomplete</source>
        <translation>
            <numerusform>, %n di antaranya belum lengkap</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (in_review, returned, gc_assigned, gc_done, verified, approved, rejected_by_dinas)</source>
        <translation>status &quot;%1&quot; tidak dikenal (in_review, returned, gc_assigned, gc_done, verified, approved, rejected_by_dinas)</translation>
    </message>
    <message>
        <source>Request for the batches after number %1 written to %2. The hub&apos;s operator answers it with &apos;verdes-hub feed&apos;; import the answer with &apos;verdes review import&apos;.</source>
        <translation>Permintaan paket perubahan setelah nomor %1 ditulis ke %2. Operator server menjawabnya dengan &apos;verdes-hub feed&apos;; impor jawabannya dengan &apos;verdes review import&apos;.</translation>
    </message>
    <message>
        <source>The hub has more (up to number %1): make another request.</source>
        <translation>Server masih punya lebih banyak (sampai nomor %1): buat permintaan lagi.</translation>
    </message>
    <message>
        <source>(none: this hub is reached by USB stick)</source>
        <translation>(tidak ada: server ini dijangkau lewat flashdisk)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing received yet: &apos;verdes review sync&apos; fetches the batches.</source>
        <translation>Belum ada yang diterima: &apos;verdes review sync&apos; mengambil paket perubahannya.</translation>
    </message>
    <message>
        <source>  %1 %2: %3 batch(es), %4 item(s), %5 open, %6 incomplete</source>
        <translation>  %1 %2: %3 paket, %4 butir, %5 terbuka, %6 belum lengkap</translation>
    </message>
    <message>
        <source>review decide needs VAULT, the item&apos;s number and the verdict</source>
        <translation>review decide memerlukan BRANKAS, nomor butir, dan putusannya</translation>
    </message>
    <message>
        <source>Item %1 is now &quot;%2&quot;</source>
        <translation>Butir %1 sekarang &quot;%2&quot;</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; the verdict is signed and waits to be sent to the hub.</source>
        <translation>; putusan sudah ditandatangani dan menunggu dikirim ke server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number</source>
        <translation>&quot;%1&quot; bukan nomor butir</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot; (returned, gc_assigned, gc_done, verified, approved, rejected)</source>
        <translation>putusan &quot;%1&quot; tidak dikenal (returned, gc_assigned, gc_done, verified, approved, rejected)</translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot; (RT01 to RT99 for a return, RJ01 to RJ99 for a rejection)</source>
        <translation>alasan &quot;%1&quot; tidak dikenal (RT01 sampai RT99 untuk pengembalian, RJ01 sampai RJ99 untuk penolakan)</translation>
    </message>
    <message>
        <source>unknown NIK match &quot;%1&quot; (padan, tidak_padan, belum)</source>
        <translation>padan NIK &quot;%1&quot; tidak dikenal (padan, tidak_padan, belum)</translation>
    </message>
    <message>
        <source>Every verdict is with the hub already: nothing to write.</source>
        <translation>Semua putusan sudah ada di server: tidak ada yang perlu ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) written to %1. The hub&apos;s operator stores them with &apos;verdes-hub verdicts&apos;; import the receipt with &apos;verdes review receipt&apos;.</source>
        <translation>
            <numerusform>%n putusan ditulis ke %1. Operator server menyimpannya dengan &apos;verdes-hub verdicts&apos;; impor tanda terimanya dengan &apos;verdes review receipt&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub accepted %n verdict(s)</source>
        <translation>
            <numerusform>Server menerima %n putusan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and refused %n.</source>
        <translation>
            <numerusform> dan menolak %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1, verdict &quot;%2&quot;: refused (%3)</source>
        <translation>  butir %1, putusan &quot;%2&quot;: ditolak (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) exported, </source>
        <translation>
            <numerusform>%n butir yang disetujui diekspor, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n BNBA line(s) from </source>
        <translation>
            <numerusform>%n baris BNBA dari </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n village(s). The files hold personal data: keep them safe and delete them once forwarded.</source>
        <translation>
            <numerusform>%n desa. Berkas ini berisi data pribadi: simpan dengan aman dan hapus setelah diteruskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new verdicts in this file: it was imported before. Nothing changed.</source>
        <translation>Tidak ada putusan baru dalam berkas ini: berkas ini sudah pernah diimpor. Tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>%n new verdict(s) of the dinas sosial recorded.</source>
        <translation>
            <numerusform>%n putusan baru dinas sosial dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved (waiting for the next snapshot): %1; rejected: %2; returned: %3, with %n new draft(s) to correct.</source>
        <translation>
            <numerusform>Disetujui (menunggu snapshot berikutnya): %1; ditolak: %2; dikembalikan: %3, dengan %n draf baru untuk diperbaiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district holds more verdicts than this file: ask for the next file.</source>
        <translation>Dinas sosial menyimpan lebih banyak putusan daripada isi berkas ini: mintalah berkas berikutnya.</translation>
    </message>
    <message>
        <source>No verdicts of the dinas sosial yet.</source>
        <translation>Belum ada putusan dari dinas sosial.</translation>
    </message>
    <message>
        <source>new draft %1</source>
        <translation>draf baru %1</translation>
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
        <translation>Brankas peninjauan dinas (dinas sosial):
  verdes review enrol BRANKAS BERKASKELUAR [--force]
                                 tulis permintaan pendaftaran peninjau Anda untuk server
                                 dinas sosial, dan tampilkan sidik jari untuk dibacakan ke
                                 operatornya
  verdes review accept BRANKAS JAWABAN --hub-fingerprint XXXX-XXXX-XXXX-XXXX
                                 impor jawaban server; sidik jarinya adalah yang diberikan
                                 operator server kepada Anda
  verdes review status BRANKAS   kantor, servernya, dan pendaftaran setiap peninjau
  verdes review sync BRANKAS     ambil paket perubahan yang diterima server sejak terakhir
                                 kali, dan kirim putusan yang diberikan sejak itu, lewat
                                 internet
  verdes review request BRANKAS BERKASKELUAR [--force]
                                 sama, lewat flashdisk: tulis permintaan untuk operator
                                 server (verdes-hub feed), lalu
  verdes review import BRANKAS BERKAS
                                 impor paket perubahan yang diberikan operator
  verdes review queue BRANKAS [--village KODE] [--state STATUS] [--incomplete] [--limit N]
                                 butir yang perlu ditinjau, yang terlama lebih dulu, dengan
                                 jumlah per status dan per desa; --incomplete: hanya butir
                                 yang menurut pemeriksaan kelengkapan masih kurang
  verdes review decide BRANKAS BUTIR PUTUSAN [--reason KODE] [--note TEKS] [--facilitator NAMA]
                     [--result N] [--nik padan|tidak_padan|belum]
                                 beri satu butir antrean putusan Anda yang ditandatangani:
                                 verifikator: returned (--reason RT01…RT99), gc_assigned
                                 (--facilitator), gc_done (--result 1…7), verified;
                                 kepala dinas: approved, rejected (--reason RJ01…RJ99)
  verdes review verdicts BRANKAS BERKASKELUAR [--force]
                                 tulis putusan yang belum dikonfirmasi server, untuk
                                 operator server (verdes-hub verdicts), lalu
  verdes review receipt BRANKAS BERKAS
                                 impor tanda terima server untuk putusan itu
  verdes review export BRANKAS FOLDER [--village KODE] [--force]
                                 tulis butir yang disetujui sebagai BNBA (.xlsx dan .csv)
                                 dengan manifes yang ditandatangani kunci Anda, untuk
                                 diteruskan ke kementerian
Setiap verifikator dan kepala dinas mendaftarkan kuncinya sendiri: kunci itu menandatangani
putusannya, dan paket perubahan dari server disegel untuk kunci itu.
</translation>
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
        <translation>Paket perubahan untuk dinas sosial:
  verdes batch list VAULT        paket perubahan dari musyawarah yang sudah disegel dan keadaannya
  verdes batch send VAULT        kirim setiap paket yang belum dijawab dinas sosial ke server
                                 dinas sosial lewat internet, dan catat tanda terimanya
  verdes batch export VAULT OUTFILE [--batch N] [--force]
                                 tulis satu paket, tersegel untuk server dinas sosial, ke berkas
                                 (untuk flashdisk); tanpa --batch, paket tertua yang belum
                                 dijawab dinas sosial
  verdes receipts import VAULT FILE
                                 catat tanda terima bertanda tangan dari dinas sosial
  verdes revocations import VAULT FILE
                                 baca daftar pencabutan bertanda tangan dari dinas sosial
                                 (dibawa dengan flashdisk); jika komputer ini tercantum,
                                 brankas dikunci
  verdes hub-keys import VAULT FILE
                                 ikuti kunci baru server dinas sosial, dari daftar kunci
                                 yang diberikannya (verdes-hub keys); pengiriman lewat
                                 internet melakukannya sendiri

Putusan dinas sosial:
  verdes decisions import VAULT FILE
                                 terapkan putusan dinas sosial dari berkas yang ditulis
                                 server dinas sosial (verdes-hub decisions), setelah setiap
                                 tanda tangan diperiksa; usulan yang dikembalikan kembali
                                 sebagai draf baru
  verdes decisions sync VAULT    ambil putusan baru dinas sosial lewat internet
  verdes decisions VAULT         usulan yang sudah diputus: keadaan, alasan, dan catatan

Mendaftarkan komputer ini ke server dinas sosial:
  verdes enrol request VAULT OUTFILE
                                 tulis permintaan pendaftaran untuk dinas sosial dan tampilkan
                                 sidik jari kunci untuk dibacakan kepada mereka
  verdes enrol accept VAULT ANSWER --hub-fingerprint XXXX-XXXX-XXXX-XXXX
                                 impor jawaban dinas sosial; sidik jari itu yang diberikan
                                 dinas sosial kepada Anda, agar jelas jawaban itu dari mereka
Komputer yang pendaftarannya dicabut dinas sosial didaftarkan ulang dengan cara yang
sama: permintaannya membawa kunci perangkat baru, dan jawaban dinas sosial membuka
brankas kembali.
</translation>
    </message>
    <message>
        <source>unknown decisions command &quot;%1&quot; (one of: import, sync, or only the vault)</source>
        <translation>perintah decisions &quot;%1&quot; tidak dikenal (pilihan: import, sync, atau hanya brankas)</translation>
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
        <translation>Cara pakai: verdes import BRANKAS BERKAS [--skip-bad-rows [--rejects BERKAS]]

Mengimpor data DTSEN dari berkas CSV ke brankas. Seluruh berkas diperiksa lebih dulu;
bila ada baris yang salah, tidak ada yang diimpor, kecuali dengan --skip-bad-rows: keluarga
yang salah dilewati, dicantumkan dalam daftar, dan disimpan di brankas sebagai laporan
(--rejects BERKAS juga menuliskannya ke BERKAS). Ringkasan menyebut pemisah kolom yang
dipakai berkas dan kolom tidak wajib yang tidak ada di berkas; brankas tetap menyimpan
nilai kolom-kolom itu.

BERKAS juga boleh berupa data DTSEN yang ditandatangani server dinas sosial untuk laptop
ini (berkas .vsnp dari &apos;verdes-hub snapshot&apos;): berkas itu diperiksa lebih dulu, dan ditolak
bila bukan untuk desa dan laptop ini, tidak ditandatangani server yang dipercaya laptop ini,
atau tidak lebih baru dari yang terakhir diimpor.
</translation>
    </message>
    <message>
        <source>Official DTSEN data from the district hub: %1, number %2.</source>
        <translation>Data DTSEN resmi dari server dinas sosial: %1, nomor %2.</translation>
    </message>
    <message>
        <source>This vault now holds the DTSEN data number %1 of the district hub.</source>
        <translation>Brankas ini kini memuat data DTSEN nomor %1 dari server dinas sosial.</translation>
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
        <translation>Pelindungan data pribadi (UU PDP):
  verdes privacy access VAULT NIK FILE.pdf [--force]
                                 laporan akses untuk orang dengan NIK ini: apa yang
                                 disimpan brankas (desa atau dinas) tentang dia dan setiap
                                 pemrosesan yang tercatat, sebagai PDF A4 untuk orang itu (NIK
                                 lengkap ada di dalamnya); menyatakannya bila tidak ada data.
                                 Untuk petugas yang perannya boleh mengekspor data pribadi;
                                 dicatat dalam riwayat
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the access report (%n page(s)). Give it only to the person it is about.</source>
        <translation>
            <numerusform>Laporan akses ditulis (%n halaman). Berikan hanya kepada orang yang bersangkutan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This vault holds nothing about a person with this NIK. Wrote the report saying so (%n page(s)).</source>
        <translation>
            <numerusform>Brankas ini tidak menyimpan data apa pun tentang orang dengan NIK ini. Laporan yang menyatakannya ditulis (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1: held by %2 until %3</source>
        <translation>  butir %1: dipegang %2 s.d. %3</translation>
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
        <translation>  verdes review claim VAULT ITEM... [--days N]
  verdes review claim VAULT --village CODE [--days N]
                                 ambil butir (atau semua butir terbuka sebuah desa, sebelum
                                 kunjungan lapangan) melalui server dinas sosial selama N hari
                                 (bawaan 1, paling lama 30): selama itu putusan orang lain
                                 atas butir tersebut tidak diterima; kode keluar 3 bila
                                 peninjau lain memegang salah satunya
  verdes review release VAULT ITEM...
                                 lepaskan butir yang Anda ambil; &apos;verdes review sync&apos;
                                 memperpanjang butir yang Anda pegang dan mendaftar butir
                                 yang dipegang orang lain
</translation>
    </message>
    <message>
        <source>review claim needs VAULT and the items&apos; numbers, or --village CODE</source>
        <translation>review claim memerlukan VAULT dan nomor butir, atau --village KODE</translation>
    </message>
    <message>
        <source>review release needs VAULT and the items&apos; numbers</source>
        <translation>review release memerlukan VAULT dan nomor butir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item&apos;s number</source>
        <translation>&quot;%1&quot; bukan nomor butir</translation>
    </message>
    <message>
        <source>Village %1 has no open item to take.</source>
        <translation>Desa %1 tidak punya butir terbuka untuk diambil.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) taken for </source>
        <translation>
            <numerusform>%n butir diambil selama </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) released.</source>
        <translation>
            <numerusform>%n butir dilepaskan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are held by another reviewer:</source>
        <translation>
            <numerusform>%n butir dipegang peninjau lain:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unknown to the hub.</source>
        <translation>
            <numerusform>%n butir tidak dikenal server dinas sosial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) you hold renewed.</source>
        <translation>
            <numerusform>%n butir yang Anda pegang diperpanjang.</numerusform>
        </translation>
    </message>
    <message>
        <source>in conflict with the DTSEN data: resolve it in the application</source>
        <translation>bentrok dengan data DTSEN: selesaikan di aplikasi</translation>
    </message>
</context>
<context>
    <name>CorrectionsEditor</name>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>Tambah perbaikan</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>Hapus perbaikan</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>New village vault</source>
        <translation>Brankas desa baru</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Which village will this vault hold? Type the 10-digit Kemendagri code of the desa or kelurahan.</source>
        <translation>Desa mana yang datanya disimpan di brankas ini? Ketik kode Kemendagri 10 angka untuk desa atau kelurahan itu.</translation>
    </message>
    <message>
        <source>Village &amp;code:</source>
        <translation>&amp;Kode desa:</translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation>&amp;Nama desa:</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Simpan di:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>First officer</source>
        <translation>Petugas pertama</translation>
    </message>
    <message>
        <source>The officer who opens the vault. More officers can be added later, each with their own passphrase.</source>
        <translation>Petugas yang membuka brankas. Petugas lain dapat ditambahkan nanti, masing-masing dengan kata sandinya sendiri.</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;name:</source>
        <translation>&amp;Nama petugas:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence that only you know is easy to remember and hard to guess.</source>
        <translation>Paling sedikit 10 karakter. Kalimat pendek yang hanya Anda ketahui mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, only this key opens the vault. It is shown now and never again.</source>
        <translation>Bila semua kata sandi terlupa, hanya kunci ini yang dapat membuka brankas. Kunci ini ditampilkan sekarang saja, tidak akan ditampilkan lagi.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>The vault is for:</source>
        <translation>Brankas ini untuk:</translation>
    </message>
    <message>
        <source>A &amp;village: the desa or kelurahan&apos;s registry and its change proposals</source>
        <translation>&amp;Desa: daftar rumah tangga desa atau kelurahan dan usulan perubahannya</translation>
    </message>
    <message>
        <source>The &amp;dinas sosial of a regency or city: reviewing the villages&apos; proposals</source>
        <translation>Dinas &amp;sosial kabupaten atau kota: meninjau usulan dari desa-desa</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
</context>
<context>
    <name>DemoMeeting</name>
    <message>
        <source>Died; reported by the head of the RT</source>
        <translation>Meninggal dunia; dilaporkan ketua RT</translation>
    </message>
    <message>
        <source>Moved out of the village with their own family</source>
        <translation>Pindah dari desa bersama keluarganya sendiri</translation>
    </message>
    <message>
        <source>Village hall</source>
        <translation>Balai desa</translation>
    </message>
    <message>
        <source>Head of the BPD (demo)</source>
        <translation>Ketua BPD (demo)</translation>
    </message>
    <message>
        <source>Village secretary (demo)</source>
        <translation>Sekretaris desa (demo)</translation>
    </message>
    <message>
        <source>Prepared with the demo village: run it from the Musdes page.</source>
        <translation>Disiapkan bersama desa demo: jalankan dari halaman Musdes.</translation>
    </message>
</context>
<context>
    <name>DemoVillage</name>
    <message>
        <source>The number of households must be between %1 and %2.</source>
        <translation>Jumlah keluarga harus antara %1 dan %2.</translation>
    </message>
    <message>
        <source>The demo village needs the date ages are counted to.</source>
        <translation>Desa contoh memerlukan tanggal acuan untuk menghitung umur.</translation>
    </message>
</context>
<context>
    <name>DistrictVerdict</name>
    <message>
        <source>Approved, waiting for the next snapshot</source>
        <translation>Disetujui, menunggu snapshot berikutnya</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>Kepala dinas</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifikator</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (ground check: %2)</source>
        <translation>%1 (verifikasi lapangan: %2)</translation>
    </message>
    <message>
        <source>%1 (facilitator: %2)</source>
        <translation>%1 (pendamping: %2)</translation>
    </message>
    <message>
        <source>%1. “%2”</source>
        <translation>%1. “%2”</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The meeting&apos;s number (001/MUSDES/XII/2026)</source>
        <translation>Nomor musyawarah (001/MUSDES/XII/2026)</translation>
    </message>
    <message>
        <source>The kind of meeting in words (Musyawarah Desa)</source>
        <translation>Jenis musyawarah dalam kata (Musyawarah Desa)</translation>
    </message>
    <message>
        <source>The kind of meeting, short (MUSDES)</source>
        <translation>Jenis musyawarah, singkat (MUSDES)</translation>
    </message>
    <message>
        <source>The day of the week of the meeting (Jumat)</source>
        <translation>Hari musyawarah (Jumat)</translation>
    </message>
    <message>
        <source>The meeting&apos;s date (4 Desember 2026)</source>
        <translation>Tanggal musyawarah (4 Desember 2026)</translation>
    </message>
    <message>
        <source>The time the meeting began (09.00), empty when not set</source>
        <translation>Jam mulai musyawarah (09.00), kosong bila belum diisi</translation>
    </message>
    <message>
        <source>Where the meeting was held</source>
        <translation>Tempat musyawarah</translation>
    </message>
    <message>
        <source>The chair of the meeting</source>
        <translation>Pimpinan musyawarah</translation>
    </message>
    <message>
        <source>The minute-taker</source>
        <translation>Notulis</translation>
    </message>
    <message>
        <source>The kepala desa or lurah, from the attendance list</source>
        <translation>Kepala desa atau lurah, dari daftar hadir</translation>
    </message>
    <message>
        <source>The meeting&apos;s notes</source>
        <translation>Catatan musyawarah</translation>
    </message>
    <message>
        <source>&quot;Desa&quot; or &quot;Kelurahan&quot;</source>
        <translation>&quot;Desa&quot; atau &quot;Kelurahan&quot;</translation>
    </message>
    <message>
        <source>&quot;Kepala Desa&quot; or &quot;Lurah&quot;</source>
        <translation>&quot;Kepala Desa&quot; atau &quot;Lurah&quot;</translation>
    </message>
    <message>
        <source>The village&apos;s name</source>
        <translation>Nama desa</translation>
    </message>
    <message>
        <source>The village&apos;s code (33.10.04.2999)</source>
        <translation>Kode desa (33.10.04.2999)</translation>
    </message>
    <message>
        <source>The kecamatan&apos;s name</source>
        <translation>Nama kecamatan</translation>
    </message>
    <message>
        <source>The kabupaten or kota, as its name is written (Kabupaten Klaten)</source>
        <translation>Kabupaten atau kota, sebagaimana namanya ditulis (Kabupaten Klaten)</translation>
    </message>
    <message>
        <source>The province&apos;s name</source>
        <translation>Nama provinsi</translation>
    </message>
    <message>
        <source>The quarter of the meeting&apos;s date (IV)</source>
        <translation>Triwulan tanggal musyawarah (IV)</translation>
    </message>
    <message>
        <source>The year of the meeting&apos;s date</source>
        <translation>Tahun tanggal musyawarah</translation>
    </message>
    <message>
        <source>How many attended</source>
        <translation>Jumlah yang hadir</translation>
    </message>
    <message>
        <source>The attendance list as a table</source>
        <translation>Daftar hadir dalam bentuk tabel</translation>
    </message>
    <message>
        <source>An empty attendance table, numbered rows for signing on paper</source>
        <translation>Tabel daftar hadir kosong, baris bernomor untuk ditandatangani di kertas</translation>
    </message>
    <message>
        <source>How many items were on the agenda</source>
        <translation>Jumlah usulan dalam acara</translation>
    </message>
    <message>
        <source>How many items were agreed (with households proposed for removal)</source>
        <translation>Jumlah usulan yang disetujui (termasuk keluarga yang diusulkan keluar)</translation>
    </message>
    <message>
        <source>How many items were rejected</source>
        <translation>Jumlah usulan yang ditolak</translation>
    </message>
    <message>
        <source>How many items were deferred</source>
        <translation>Jumlah usulan yang ditunda</translation>
    </message>
    <message>
        <source>How many flagged households the meeting kept</source>
        <translation>Jumlah keluarga dengan peringatan yang dipertahankan musyawarah</translation>
    </message>
    <message>
        <source>The decisions as a numbered list that cites the attachments</source>
        <translation>Keputusan dalam daftar bernomor yang merujuk lampiran</translation>
    </message>
    <message>
        <source>The agreed items by name and address, with NIK and KK</source>
        <translation>Usulan yang disetujui menurut nama dan alamat, dengan NIK dan KK</translation>
    </message>
    <message>
        <source>The rejected items as a table</source>
        <translation>Usulan yang ditolak dalam bentuk tabel</translation>
    </message>
    <message>
        <source>The deferred items as a table</source>
        <translation>Usulan yang ditunda dalam bentuk tabel</translation>
    </message>
    <message>
        <source>The agreed items with name, RT/RW and type only</source>
        <translation>Usulan yang disetujui, hanya nama, RT/RW dan jenis</translation>
    </message>
    <message>
        <source>The seal&apos;s short hash, or BELUM DISEGEL</source>
        <translation>Kode singkat segel, atau BELUM DISEGEL</translation>
    </message>
    <message>
        <source>The date the document was made</source>
        <translation>Tanggal dokumen dibuat</translation>
    </message>
    <message>
        <source>Minutes (berita acara)</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Empty attendance sheet</source>
        <translation>Lembar daftar hadir kosong</translation>
    </message>
    <message>
        <source>Agreed items by name and address (BNBA)</source>
        <translation>Daftar usulan yang disetujui menurut nama dan alamat (BNBA)</translation>
    </message>
    <message>
        <source>Rejected items</source>
        <translation>Daftar usulan yang ditolak</translation>
    </message>
    <message>
        <source>Deferred items</source>
        <translation>Daftar usulan yang ditunda</translation>
    </message>
    <message>
        <source>Notice-board copy</source>
        <translation>Salinan papan pengumuman</translation>
    </message>
    <message>
        <source>Statement of responsibility (SPTJM)</source>
        <translation>Surat pernyataan tanggung jawab mutlak (SPTJM)</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Enrol this laptop with the district hub</source>
        <translation>Daftarkan komputer ini ke server dinas sosial</translation>
    </message>
    <message>
        <source>Enrolment links this laptop with the district hub: the district then accepts this laptop&apos;s batches, and this laptop accepts only the district&apos;s answers. It takes two steps.</source>
        <translation>Pendaftaran menghubungkan komputer ini dengan server dinas sosial: dinas sosial lalu menerima paket perubahan dari komputer ini, dan komputer ini hanya menerima jawaban dari dinas sosial. Ada dua langkah.</translation>
    </message>
    <message>
        <source>Step 1: the request for the district</source>
        <translation>Langkah 1: permintaan untuk dinas sosial</translation>
    </message>
    <message>
        <source>Read this fingerprint to the district officer, in person or by telephone, and give them the request: they scan the QR code, or you take the request file to them.</source>
        <translation>Bacakan sidik jari ini kepada petugas dinas sosial, langsung atau lewat telepon, lalu serahkan permintaannya: mereka memindai kode QR, atau Anda membawa berkas permintaan kepada mereka.</translation>
    </message>
    <message>
        <source>&amp;Save request file…</source>
        <translation>&amp;Simpan file permintaan…</translation>
    </message>
    <message>
        <source>Step 2: the district&apos;s answer</source>
        <translation>Langkah 2: jawaban dinas sosial</translation>
    </message>
    <message>
        <source>The district gives you an answer file and tells you the hub&apos;s fingerprint. Open the file, then type the fingerprint they told you: it proves the answer is really theirs.</source>
        <translation>Dinas sosial memberi Anda berkas jawaban dan memberitahukan sidik jari servernya. Buka berkas itu, lalu ketik sidik jari yang mereka sebutkan: itu membuktikan jawaban itu benar dari mereka.</translation>
    </message>
    <message>
        <source>&amp;Open answer file…</source>
        <translation>&amp;Buka berkas jawaban…</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the district told you:</source>
        <translation>Sidik &amp;jari dari dinas sosial:</translation>
    </message>
    <message>
        <source>&amp;Enrol with this hub</source>
        <translation>&amp;Daftar ke server ini</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>batch</source>
        <translation>paket perubahan</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation>permintaan pendaftaran</translation>
    </message>
    <message>
        <source>enrolment answer</source>
        <translation>jawaban pendaftaran</translation>
    </message>
    <message>
        <source>revocation list</source>
        <translation>daftar pencabutan</translation>
    </message>
    <message>
        <source>signed file</source>
        <translation>berkas bertanda tangan</translation>
    </message>
    <message>
        <source>sealed file</source>
        <translation>berkas tersegel</translation>
    </message>
    <message>
        <source>hub key list</source>
        <translation>daftar kunci server</translation>
    </message>
    <message>
        <source>reviewer enrolment request</source>
        <translation>permintaan pendaftaran peninjau</translation>
    </message>
    <message>
        <source>reviewer enrolment answer</source>
        <translation>jawaban pendaftaran peninjau</translation>
    </message>
    <message>
        <source>request for received batches</source>
        <translation>permintaan daftar paket perubahan yang diterima</translation>
    </message>
    <message>
        <source>received batches for review</source>
        <translation>paket perubahan yang diterima, untuk ditinjau</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>putusan</translation>
    </message>
    <message>
        <source>verdicts for the hub</source>
        <translation>putusan untuk server</translation>
    </message>
    <message>
        <source>receipt for verdicts</source>
        <translation>tanda terima putusan</translation>
    </message>
    <message>
        <source>request for decisions</source>
        <translation>permintaan keputusan</translation>
    </message>
    <message>
        <source>decisions from the district</source>
        <translation>keputusan dari dinas</translation>
    </message>
    <message>
        <source>signed snapshot</source>
        <translation>data DTSEN bertanda tangan</translation>
    </message>
    <message>
        <source>request to take or release items</source>
        <translation>permintaan mengambil atau melepaskan butir</translation>
    </message>
    <message>
        <source>answer about items taken</source>
        <translation>jawaban tentang butir yang diambil</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong inside Verdes. Nothing was changed. Please try again; if it happens again, tell your district office.</source>
        <translation>Terjadi kesalahan di dalam Verdes. Tidak ada yang berubah. Silakan coba lagi; jika terjadi lagi, beri tahu dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Dibatalkan. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The command was not used correctly: %1</source>
        <translation>Perintah tidak digunakan dengan benar: %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Berkas &quot;%1&quot; tidak ada.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Berkas &quot;%1&quot; sudah ada. Pilih nama lain.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read.</source>
        <translation>Berkas &quot;%1&quot; tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be written. Nothing was saved.</source>
        <translation>Berkas &quot;%1&quot; tidak dapat ditulis. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>You are not allowed to use &quot;%1&quot;. Choose another place.</source>
        <translation>Anda tidak diizinkan memakai &quot;%1&quot;. Pilih tempat lain.</translation>
    </message>
    <message>
        <source>The disk is full, so &quot;%1&quot; could not be written. Free some space and try again.</source>
        <translation>Ruang penyimpanan penuh, sehingga &quot;%1&quot; tidak dapat ditulis. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>No village vault was found at &quot;%1&quot;.</source>
        <translation>Tidak ada brankas desa di &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A village vault already exists at &quot;%1&quot;. It was not touched; choose another place.</source>
        <translation>Sudah ada brankas desa di &quot;%1&quot;. Brankas itu tidak diubah; pilih tempat lain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Verdes village vault.</source>
        <translation>&quot;%1&quot; bukan brankas desa Verdes.</translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; is damaged and cannot be opened safely. It was not changed. Restore it from a backup copy or ask your district office for help.</source>
        <translation>Brankas desa di &quot;%1&quot; rusak dan tidak dapat dibuka dengan aman. Brankas itu tidak diubah. Pulihkan dari salinan cadangan atau minta bantuan dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>The database at &quot;%1&quot; is not encrypted, so Verdes refuses to use it.</source>
        <translation>Basis data di &quot;%1&quot; tidak terenkripsi, sehingga Verdes menolak memakainya.</translation>
    </message>
    <message>
        <source>This village vault was made by a newer version of Verdes (format %1; this version knows up to %2). Install the newer Verdes to open it. The database was not changed.</source>
        <translation>Brankas desa ini dibuat oleh Verdes versi yang lebih baru (format %1; versi ini hanya mengenal sampai %2). Pasang Verdes yang lebih baru untuk membukanya. Brankas tidak diubah.</translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; is already open in another Verdes window or on another computer. Close it there first.</source>
        <translation>Brankas desa di &quot;%1&quot; sedang dibuka di jendela Verdes lain atau di komputer lain. Tutup dulu di sana.</translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; is in a place where Verdes cannot write (for example a locked USB stick). Copy the whole folder to this computer and open the copy.</source>
        <translation>Brankas desa di &quot;%1&quot; berada di tempat yang tidak dapat ditulisi Verdes (misalnya flashdisk yang dikunci). Salin seluruh foldernya ke komputer ini lalu buka salinannya.</translation>
    </message>
    <message>
        <source>The disk holding the village vault at &quot;%1&quot; is full. Nothing was changed. Free some space and try again.</source>
        <translation>Ruang penyimpanan tempat brankas desa di &quot;%1&quot; penuh. Tidak ada yang berubah. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Kata sandi salah. Periksa bahasa papan ketik dan Caps Lock, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this village vault.</source>
        <translation>Kunci pemulihan ini bukan milik brankas desa ini.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake. Compare it with the printed copy, group by group.</source>
        <translation>Ada salah ketik pada kunci pemulihan. Bandingkan dengan salinan cetaknya, kelompok demi kelompok.</translation>
    </message>
    <message>
        <source>A recovery key has 36 letters and digits in 9 groups of 4, for example ABCD-EFGH-…. Check what you typed.</source>
        <translation>Kunci pemulihan terdiri atas 36 huruf dan angka dalam 9 kelompok, masing-masing 4 karakter, misalnya ABCD-EFGH-…. Periksa yang Anda ketik.</translation>
    </message>
    <message>
        <source>There is no officer named &quot;%1&quot; in this village vault.</source>
        <translation>Tidak ada petugas bernama &quot;%1&quot; di brankas desa ini.</translation>
    </message>
    <message>
        <source>An officer named &quot;%1&quot; already exists. Use another name.</source>
        <translation>Petugas bernama &quot;%1&quot; sudah ada. Gunakan nama lain.</translation>
    </message>
    <message>
        <source>This is the last way to open the village vault. Add another officer first.</source>
        <translation>Ini satu-satunya cara yang tersisa untuk membuka brankas desa. Tambahkan petugas lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait %1 seconds before trying again.</source>
        <translation>Terlalu banyak kata sandi yang salah. Tunggu %1 detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>The encryption library on this computer is missing or too old (found &quot;%1&quot;). Verdes needs SQLCipher 4. Reinstall Verdes.</source>
        <translation>Pustaka enkripsi di komputer ini tidak ada atau versinya terlalu lama (ditemukan &quot;%1&quot;). Verdes memerlukan SQLCipher 4. Pasang ulang Verdes.</translation>
    </message>
    <message>
        <source>The key file of the village vault at &quot;%1&quot; is damaged. Restore the folder from a backup copy.</source>
        <translation>Berkas kunci brankas desa di &quot;%1&quot; rusak. Pulihkan foldernya dari salinan cadangan.</translation>
    </message>
    <message>
        <source>The village vault is locked. Unlock it first.</source>
        <translation>Brankas desa terkunci. Buka kuncinya terlebih dahulu.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits; this one has %1.</source>
        <translation>NIK terdiri atas 16 angka; yang ini %1.</translation>
    </message>
    <message>
        <source>The birth date inside the NIK is not a real date.</source>
        <translation>Tanggal lahir di dalam NIK bukan tanggal yang sah.</translation>
    </message>
    <message>
        <source>The last four digits of a NIK cannot be 0000.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <source>A family card number has 16 digits; this one has %1.</source>
        <translation>Nomor KK terdiri atas 16 angka; yang ini %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid region code.</source>
        <translation>&quot;%1&quot; bukan kode wilayah yang sah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; bukan tanggal yang sah (TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number.</source>
        <translation>&quot;%1&quot; bukan angka yang sah.</translation>
    </message>
    <message>
        <source>The file lacks required columns: %1.</source>
        <translation>Berkas tidak memiliki kolom wajib: %1.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Kolom &quot;%1&quot; muncul dua kali di baris judul.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed.</source>
        <translation>Nilai bertanda kutip yang dimulai di baris %1 tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>%1 rows have errors (%2 problems in all). Nothing was imported. Correct them, or choose to skip the bad rows.</source>
        <translation>%1 baris mengandung kesalahan (seluruhnya %2 masalah). Tidak ada yang diimpor. Perbaiki baris itu, atau pilih untuk melewati baris yang salah.</translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation>Berkas tidak memiliki baris data.</translation>
    </message>
    <message>
        <source>Line %1 is far too long to be a registry row. Is this the right file?</source>
        <translation>Baris %1 terlalu panjang untuk baris data DTSEN. Apakah ini berkas yang benar?</translation>
    </message>
    <message>
        <source>As %1 you may not %2. Ask an officer with that role.</source>
        <translation>Sebagai %1, Anda tidak boleh %2. Mintalah petugas yang memiliki peran itu.</translation>
    </message>
    <message>
        <source>The history of this village vault has been altered outside Verdes: entry %1 does not match the entries before it. Tell your district office.</source>
        <translation>Riwayat brankas desa ini telah diubah di luar Verdes: catatan %1 tidak cocok dengan catatan sebelumnya. Beri tahu dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery key, which only serves to restore access. Add or reset an officer, then open the vault as that officer.</source>
        <translation>Brankas dibuka dengan kunci pemulihan, yang hanya untuk memulihkan akses. Tambahkan atau atur ulang petugas, lalu buka brankas sebagai petugas tersebut.</translation>
    </message>
    <message>
        <source>Proposal %1 does not exist in this vault.</source>
        <translation>Usulan %1 tidak ada di brankas ini.</translation>
    </message>
    <message>
        <source>The proposal cannot be marked ready yet. Still missing:
%1</source>
        <translation>Usulan belum bisa ditandai siap. Masih kurang:
%1</translation>
    </message>
    <message>
        <source>A proposal that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Usulan berstatus &quot;%1&quot; tidak bisa menjadi &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Moving a proposal from &quot;%1&quot; to &quot;%2&quot; is a later step that this version of Verdes does not offer yet.</source>
        <translation>Mengubah status usulan dari &quot;%1&quot; menjadi &quot;%2&quot; adalah langkah lanjutan yang belum tersedia di versi Verdes ini.</translation>
    </message>
    <message>
        <source>%1 changed proposal %2 while you were working on it. Your changes were not saved: open the proposal again to see theirs, then make your changes again.</source>
        <translation>%1 mengubah usulan %2 ketika Anda sedang mengerjakannya. Perubahan Anda tidak disimpan: buka lagi usulan itu untuk melihat perubahannya, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>The proposal is &quot;%1&quot;: only a draft can be changed. Move it back to draft first.</source>
        <translation>Usulan berstatus &quot;%1&quot;: hanya draf yang bisa diubah. Kembalikan dulu ke draf.</translation>
    </message>
    <message>
        <source>The household or person %1 is not in the registry of this vault.</source>
        <translation>Keluarga atau anggota %1 tidak ada di data brankas ini.</translation>
    </message>
    <message>
        <source>Household %1 is missing from the newest snapshot (it may have been removed upstream). No proposal can be made or continued against it; check the household first.</source>
        <translation>Keluarga %1 tidak ada lagi di data DTSEN terbaru (mungkin sudah dihapus di pusat). Usulan tidak bisa dibuat atau dilanjutkan untuknya; periksa dulu keluarga itu.</translation>
    </message>
    <message>
        <source>The records of proposal %1 changed since it was written. Compare the values and confirm the proposal again before marking it ready.</source>
        <translation>Data yang diubah oleh usulan %1 telah berubah sejak usulan itu ditulis. Bandingkan nilainya dan konfirmasi ulang usulan sebelum menandainya siap.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry field that a proposal can change.</source>
        <translation>&quot;%1&quot; bukan isian data yang bisa diubah lewat usulan.</translation>
    </message>
    <message>
        <source>Moving the proposal to &quot;%1&quot; needs a reason. Write one and try again.</source>
        <translation>Mengubah status usulan menjadi &quot;%1&quot; memerlukan alasan. Tulis alasannya lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file is %1, larger than the limit of %2. Take a smaller photo or scan with a lower resolution.</source>
        <translation>Berkas berukuran %1, melebihi batas %2. Ambil foto yang lebih kecil atau pindai dengan resolusi lebih rendah.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>Berkas &quot;%1&quot; kosong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a photo (JPEG, PNG) or a PDF document. Only those can be attached as evidence.</source>
        <translation>&quot;%1&quot; bukan foto (JPEG, PNG) atau dokumen PDF. Hanya jenis itu yang bisa dilampirkan sebagai bukti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; claims to be %2 but its content is %3. The file may be damaged or renamed; attach the original file.</source>
        <translation>&quot;%1&quot; menurut namanya %2, tetapi isinya %3. Berkas mungkin rusak atau diganti namanya; lampirkan berkas aslinya.</translation>
    </message>
    <message>
        <source>The proposal is &quot;%1&quot;: its evidence can no longer be changed, only replaced by a new version.</source>
        <translation>Usulan berstatus &quot;%1&quot;: buktinya tidak bisa diubah lagi, hanya diganti dengan versi baru.</translation>
    </message>
    <message>
        <source>Evidence %1 does not exist in this vault.</source>
        <translation>Bukti %1 tidak ada di brankas ini.</translation>
    </message>
    <message>
        <source>Say why this flag does not need a proposal: the reason is kept in the history.</source>
        <translation>Tuliskan mengapa peringatan ini tidak memerlukan usulan: alasannya disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>This flag is no longer open. Run the checks again to see the current flags.</source>
        <translation>Peringatan ini sudah tidak aktif. Jalankan pemeriksaan lagi untuk melihat peringatan yang berlaku.</translation>
    </message>
    <message>
        <source>The proposal cannot be marked ready: the data of the new record breaks these rules:
%1</source>
        <translation>Usulan belum dapat ditandai siap: data baru melanggar aturan berikut:
%1</translation>
    </message>
    <message>
        <source>The key file of this village vault asks for a passphrase check that Verdes does not accept (%1 passes over %2 MiB; Verdes accepts 2 to 10 passes over 64 to 1024 MiB). The file was probably altered. Nothing was opened or changed; restore the folder from a backup copy or ask your district office for help.</source>
        <translation>Berkas kunci brankas desa ini meminta pemeriksaan kata sandi yang tidak diterima Verdes (%1 putaran atas %2 MiB; Verdes menerima 2 sampai 10 putaran atas 64 sampai 1024 MiB). Berkas itu kemungkinan telah diubah. Tidak ada yang dibuka atau diubah; pulihkan folder dari salinan cadangan atau minta bantuan dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>The key file of the village vault at &quot;%1&quot; has been altered outside Verdes, so Verdes refuses to use it. Nothing was changed. Restore the folder from a backup copy or ask your district office for help.</source>
        <translation>Berkas kunci brankas desa di &quot;%1&quot; telah diubah di luar Verdes, sehingga Verdes menolak memakainya. Tidak ada yang diubah. Pulihkan folder dari salinan cadangan atau minta bantuan dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>The key file of the village vault at &quot;%1&quot; does not match the database: the database may have been replaced by an older copy, or the key file by another one. Nothing was changed. An officer who manages officers can restore access with the recovery key (&quot;verdes officer repair&quot;).</source>
        <translation>Berkas kunci brankas desa di &quot;%1&quot; tidak cocok dengan basis datanya: basis data mungkin diganti dengan salinan lama, atau berkas kunci dengan berkas lain. Tidak ada yang diubah. Petugas yang mengelola petugas dapat memulihkan akses dengan kunci pemulihan (&quot;verdes officer repair&quot;).</translation>
    </message>
    <message>
        <source>The village vault at &quot;%1&quot; was made by an early test version of Verdes whose key file this version no longer reads. Export its data with that version and import it into a new village vault.</source>
        <translation>Brankas desa di &quot;%1&quot; dibuat oleh versi uji awal Verdes yang berkas kuncinya tidak lagi dapat dibaca versi ini. Ekspor datanya dengan versi itu lalu impor ke brankas desa yang baru.</translation>
    </message>
    <message>
        <source>This passphrase no longer opens the village vault: the passphrase of &quot;%1&quot; was changed, or the officer was removed. Use the current passphrase.</source>
        <translation>Kata sandi ini tidak lagi membuka brankas desa: kata sandi petugas &quot;%1&quot; sudah diganti, atau petugas itu sudah dihapus. Gunakan kata sandi yang berlaku sekarang.</translation>
    </message>
    <message>
        <source>%1 was removed from this village vault and can no longer open it.</source>
        <translation>%1 sudah dihapus dari brankas desa ini dan tidak dapat lagi membukanya.</translation>
    </message>
    <message>
        <source>The vault key cannot be changed while other work (an import, a check, a search warm-up) still reads the database. Wait for it to finish and try again.</source>
        <translation>Kunci brankas tidak dapat diganti selama pekerjaan lain (impor, pemeriksaan, persiapan pencarian) masih membaca basis data. Tunggu sampai selesai lalu coba lagi.</translation>
    </message>
    <message>
        <source>The content of this village vault does not match its history: it was changed outside Verdes, without an entry in the history. Tell your district office. What differs:
%1</source>
        <translation>Isi brankas desa ini tidak sesuai dengan riwayatnya: isinya diubah di luar Verdes, tanpa catatan di riwayat. Beri tahu dinas sosial kabupaten/kota. Yang berbeda:
%1</translation>
    </message>
    <message>
        <source>The history of this village vault does not match the anchor you gave (entry %1, fingerprint %2): it was altered, cut short or replaced by another copy. Tell your district office.</source>
        <translation>Riwayat brankas desa ini tidak cocok dengan jangkar yang Anda berikan (catatan %1, sidik %2): riwayat itu diubah, dipotong, atau diganti dengan salinan lain. Beri tahu dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>This computer saw the history of this village vault up to entry %1 on %2, but it now ends at entry %3. The folder may be an older copy. Tell your district office before working with it.</source>
        <translation>Komputer ini pernah melihat riwayat brankas desa ini sampai catatan %1 pada %2, tetapi sekarang riwayatnya berakhir di catatan %3. Folder itu mungkin salinan lama. Beri tahu dinas sosial kabupaten/kota sebelum memakainya.</translation>
    </message>
    <message>
        <source>The evidence &quot;%1&quot; was altered inside the village vault: its content no longer matches what was attached. It is not shown. Tell your district office.</source>
        <translation>Bukti &quot;%1&quot; telah diubah di dalam brankas desa: isinya tidak lagi sama dengan yang dilampirkan. Bukti itu tidak ditampilkan. Beri tahu dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside the folder of the village vault &quot;%2&quot;. Nothing else may be written there: it could destroy the vault. Choose a place outside that folder.</source>
        <translation>&quot;%1&quot; berada di dalam folder brankas desa &quot;%2&quot;. Di sana tidak boleh ditulis berkas lain karena dapat merusak brankas. Pilih tempat di luar folder tersebut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, a device, a pipe or a broken link, not an ordinary file. Verdes reads and writes ordinary files only: choose another name, or save the data as a file first.</source>
        <translation>&quot;%1&quot; adalah folder, perangkat, pipa, atau tautan rusak, bukan berkas biasa. Verdes hanya membaca dan menulis berkas biasa: pilih nama lain, atau simpan data sebagai berkas terlebih dahulu.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters, not counting spaces. A short sentence is easy to remember and hard to guess.</source>
        <translation>Kata sandi harus paling sedikit %1 karakter, spasi tidak dihitung. Kalimat pendek mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Type the officer&apos;s name.</source>
        <translation>Ketik nama petugas.</translation>
    </message>
    <message>
        <source>An officer&apos;s name may not hold a line break, a tab or another control or formatting character (here %1). Type the name again with letters, digits, spaces and punctuation only.</source>
        <translation>Nama petugas tidak boleh memuat pindah baris, tab, atau karakter kendali atau format lain (di sini %1). Ketik ulang nama itu hanya dengan huruf, angka, spasi, dan tanda baca.</translation>
    </message>
    <message>
        <source>An officer&apos;s name may have at most %1 characters.</source>
        <translation>Nama petugas paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid village code. A village code has 10 digits, with or without dots, like 33.18.19.2001; the last four start with 1 for a kelurahan or 2 for a desa.</source>
        <translation>&quot;%1&quot; bukan kode desa yang sah. Kode desa terdiri atas 10 angka, dengan atau tanpa titik, misalnya 33.18.19.2001; empat angka terakhir diawali 1 untuk kelurahan atau 2 untuk desa.</translation>
    </message>
    <message>
        <source>%1 is not a desa or kelurahan of the Kemendagri list of 2025 (%2 has no village with this number). Check the code on the village&apos;s official letters.</source>
        <translation>%1 bukan desa atau kelurahan dalam daftar Kemendagri 2025 (%2 tidak memiliki desa dengan nomor ini). Periksa kode itu pada surat resmi desa.</translation>
    </message>
    <message>
        <source>%1 is not a desa or kelurahan of the Kemendagri list of 2025. Check the code on the village&apos;s official letters.</source>
        <translation>%1 bukan desa atau kelurahan dalam daftar Kemendagri 2025. Periksa kode itu pada surat resmi desa.</translation>
    </message>
    <message>
        <source>%1 (%2) is an old village code, last listed in %3. Its code in the Kemendagri list of 2025 is %4 (%5): use that one.</source>
        <translation>%1 (%2) adalah kode desa lama, terakhir tercantum pada daftar %3. Kodenya dalam daftar Kemendagri 2025 adalah %4 (%5): gunakan kode itu.</translation>
    </message>
    <message>
        <source>%1 (%2) is an old village code, last listed in %3, and is not in the Kemendagri list of 2025. Ask the kecamatan office for the village&apos;s current code.</source>
        <translation>%1 (%2) adalah kode desa lama, terakhir tercantum pada daftar %3, dan tidak ada dalam daftar Kemendagri 2025. Tanyakan kode desa yang berlaku sekarang ke kantor kecamatan.</translation>
    </message>
    <message>
        <source>The file was saved as Unicode text (UTF-16), not UTF-8, so Verdes cannot read it. Save it again as &quot;CSV UTF-8 (Comma delimited)&quot; and import that.</source>
        <translation>Berkas ini disimpan sebagai teks Unicode (UTF-16), bukan UTF-8, sehingga Verdes tidak dapat membacanya. Simpan ulang dengan jenis &quot;CSV UTF-8 (Comma delimited)&quot; lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file is not saved as UTF-8 text, so letters such as é or the apostrophe ’ cannot be read. Save it again as &quot;CSV UTF-8 (Comma delimited)&quot; and import that.</source>
        <translation>Baris %1, kolom %2: berkas ini tidak disimpan sebagai teks UTF-8, sehingga huruf seperti é atau tanda petik ’ tidak dapat dibaca. Simpan ulang dengan jenis &quot;CSV UTF-8 (Comma delimited)&quot; lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>The first line of the file holds no known column names (such as household_id or nik). The first line must be the header with the column names.</source>
        <translation>Baris pertama berkas tidak memuat nama kolom yang dikenal (seperti household_id atau nik). Baris pertama harus berupa baris judul berisi nama-nama kolom.</translation>
    </message>
    <message>
        <source>The village code of this vault (%1) is not a valid region code, so nothing can be imported into it. Create a new vault with the village&apos;s code from the Kemendagri list and import there.</source>
        <translation>Kode desa brankas ini (%1) bukan kode wilayah yang sah, sehingga tidak ada yang dapat diimpor ke dalamnya. Buat brankas baru dengan kode desa dari daftar Kemendagri, lalu impor ke sana.</translation>
    </message>
    <message>
        <source>Meeting %1 does not exist in this vault.</source>
        <translation>Rapat %1 tidak ada di brankas ini.</translation>
    </message>
    <message>
        <source>Meeting %1 is sealed: nothing of it can change any more. To correct it, prepare an addendum meeting that refers to it.</source>
        <translation>Rapat %1 sudah disegel: tidak ada lagi yang dapat diubah. Untuk membetulkannya, siapkan rapat adendum yang merujuk rapat itu.</translation>
    </message>
    <message>
        <source>Meeting %1 is not sealed yet. Correct it directly; an addendum refers only to a sealed meeting.</source>
        <translation>Rapat %1 belum disegel. Betulkan langsung; adendum hanya merujuk rapat yang sudah disegel.</translation>
    </message>
    <message>
        <source>Agenda item %1 is not on this meeting&apos;s agenda.</source>
        <translation>Butir %1 tidak ada dalam acara rapat ini.</translation>
    </message>
    <message>
        <source>%1 agenda item(s) have no decision yet. Record a decision for every item (deferred is a decision) before sealing.</source>
        <translation>%1 butir acara belum diputuskan. Catat keputusan untuk setiap butir (ditunda juga keputusan) sebelum menyegel.</translation>
    </message>
    <message>
        <source>The attendance list is empty. Record who attended before sealing the meeting.</source>
        <translation>Daftar hadir masih kosong. Catat siapa yang hadir sebelum menyegel rapat.</translation>
    </message>
    <message>
        <source>A decision by vote needs the number of votes for, against and abstaining.</source>
        <translation>Keputusan dengan pemungutan suara memerlukan jumlah suara setuju, tidak setuju dan abstain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision this agenda item can take.</source>
        <translation>&quot;%1&quot; bukan keputusan yang dapat diambil untuk butir acara ini.</translation>
    </message>
    <message>
        <source>This item already has a decision, so it stays on the agenda. Record &quot;deferred&quot; to move it to the next meeting.</source>
        <translation>Butir ini sudah diputuskan, jadi tetap dalam acara. Catat &quot;ditunda&quot; untuk membawanya ke rapat berikutnya.</translation>
    </message>
    <message>
        <source>Say why the field is shown to the room: the reason is kept in the history.</source>
        <translation>Tuliskan mengapa data ini ditampilkan kepada peserta: alasannya disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Isi tanggal rapat.</translation>
    </message>
    <message>
        <source>The seal of meeting %1 no longer matches its content (%2). The meeting was changed after it was sealed. Tell your district office.</source>
        <translation>Segel rapat %1 tidak lagi cocok dengan isinya (%2). Rapat diubah setelah disegel. Laporkan ke dinas sosial kabupaten/kota.</translation>
    </message>
    <message>
        <source>Proposal %1 is &quot;%2&quot;: only proposals ready for the meeting can go on the agenda.</source>
        <translation>Usulan %1 berstatus &quot;%2&quot;: hanya usulan yang siap untuk musdes dapat masuk acara.</translation>
    </message>
    <message>
        <source>Household %1 is already on this agenda.</source>
        <translation>Keluarga %1 sudah ada dalam acara ini.</translation>
    </message>
    <message>
        <source>An SPTJM is signed by the village head alone: it has no attendance list or votes.</source>
        <translation>SPTJM ditandatangani kepala desa sendiri: tidak ada daftar hadir atau pemungutan suara.</translation>
    </message>
    <message>
        <source>The template &quot;%2&quot; uses the placeholder &quot;%1&quot; on line %3, which Verdes does not know. Correct it to one of the listed placeholders, or remove it. The template was not saved.</source>
        <translation>Templat &quot;%2&quot; memakai penanda &quot;%1&quot; pada baris %3, yang tidak dikenal Verdes. Perbaiki menjadi salah satu penanda yang tercantum, atau hapus. Templat tidak disimpan.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; opens a placeholder with &quot;{{&quot; on line %2 but never closes it with &quot;}}&quot;. The template was not saved.</source>
        <translation>Templat &quot;%1&quot; membuka penanda dengan &quot;{{&quot; pada baris %2 tetapi tidak menutupnya dengan &quot;}}&quot;. Templat tidak disimpan.</translation>
    </message>
    <message>
        <source>There is no document template named &quot;%1&quot;.</source>
        <translation>Tidak ada templat dokumen bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The spreadsheet &quot;%1&quot; could not be written. Nothing was saved.</source>
        <translation>Lembar kerja &quot;%1&quot; tidak dapat ditulis. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>This file is not a readable Verdes %1: it is damaged or was made by something else. Nothing was changed. Ask for the file again.</source>
        <translation>Berkas ini bukan %1 Verdes yang dapat dibaca: berkasnya rusak atau dibuat oleh program lain. Tidak ada yang diubah. Mintalah berkas itu sekali lagi.</translation>
    </message>
    <message>
        <source>This %1 is larger than %2 MiB, more than Verdes accepts. Nothing was changed.</source>
        <translation>Ukuran %1 ini lebih dari %2 MiB, melebihi batas yang diterima Verdes. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The signature of this %1 does not match its content: it was changed after it was signed. Nothing was changed. Ask for the file again.</source>
        <translation>Tanda tangan pada %1 ini tidak cocok dengan isinya: isinya diubah setelah ditandatangani. Tidak ada yang diubah. Mintalah berkas itu sekali lagi.</translation>
    </message>
    <message>
        <source>This %1 is signed with key %2, which is not enrolled here (or no longer). Nothing was changed.</source>
        <translation>Kunci %2 yang menandatangani %1 ini tidak terdaftar di sini (atau sudah tidak lagi). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This %1 was sealed for another hub (key %2) and cannot be opened here. Nothing was changed.</source>
        <translation>Berkas %1 ini disegel untuk hub lain (kunci %2) dan tidak dapat dibuka di sini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no batch number %1 in this vault.</source>
        <translation>Tidak ada paket perubahan nomor %1 di brankas ini.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the district hub yet. Make an enrolment request, have the district approve it, and import its answer first.</source>
        <translation>Komputer ini belum terdaftar di server dinas sosial. Buat permintaan pendaftaran, minta dinas sosial menyetujuinya, lalu impor jawabannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>This %1 is meant for another laptop or another request, not for this vault. Nothing was changed.</source>
        <translation>%1 ini ditujukan untuk komputer lain atau permintaan lain, bukan untuk brankas ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This %1 is signed with key %2, which is not the key of the district hub this laptop is enrolled with. Nothing was changed.</source>
        <translation>%1 ini ditandatangani dengan kunci %2, yang bukan kunci server dinas sosial tempat komputer ini terdaftar. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The village %1 is not in this hub&apos;s district (%2): its laptop enrols with its own district&apos;s hub. Nothing was changed.</source>
        <translation>Desa %1 tidak berada di kabupaten/kota server ini (%2): komputernya didaftarkan ke server dinas sosial kabupaten/kotanya sendiri. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The fingerprint typed (%1) is not the one in the file (%2). Check it again with the other side, over the phone or in person: if it still differs, the file is not theirs. Nothing was changed.</source>
        <translation>Sidik jari yang diketik (%1) bukan sidik jari dalam berkas (%2). Periksa lagi bersama pihak lain, lewat telepon atau bertemu langsung: jika tetap berbeda, berkas itu bukan dari mereka. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The district could not read the file it was given (%1), so it could not say which batch it was. Export the batch again and take the new file.</source>
        <translation>Dinas sosial tidak dapat membaca berkas yang diberikan (%1), sehingga tidak tahu paket mana itu. Tulis paket perubahan itu lagi dan bawa berkas yang baru.</translation>
    </message>
    <message>
        <source>The key file %1 does not open the hub in %2: it is not the key this hub was made with, or it does not hold 64 hex digits. Nothing was changed.</source>
        <translation>Berkas kunci %1 tidak membuka server di %2: itu bukan kunci yang dipakai saat server ini dibuat, atau isinya bukan 64 digit hex. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The hub&apos;s database %1 cannot be reached. Check that PostgreSQL runs there, that this computer may connect to it, and the user name and password (best kept in ~/.pgpass or a service file). Nothing was changed.</source>
        <translation>Basis data server dinas sosial %1 tidak dapat dihubungi. Periksa apakah PostgreSQL berjalan di sana, apakah komputer ini boleh terhubung ke sana, serta nama pengguna dan kata sandinya (sebaiknya disimpan di ~/.pgpass atau berkas layanan). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The district hub at %1 cannot be reached now: the internet connection may be down, or the hub may be off. Nothing was lost; Verdes tries again by itself, and the batch can also go on a USB stick.</source>
        <translation>Server dinas sosial di %1 tidak dapat dihubungi saat ini: sambungan internet mungkin terputus, atau server sedang mati. Tidak ada yang hilang; Verdes mencoba lagi dengan sendirinya, dan paket perubahan juga dapat dibawa dengan flashdisk.</translation>
    </message>
    <message>
        <source>The server at %1 did not show the certificate of the district hub this laptop enrolled with, so nothing was sent to it. If the district changed its certificate, enrol again; otherwise tell the district: someone may be in the way of the connection.</source>
        <translation>Server di %1 tidak menunjukkan sertifikat server dinas sosial tempat komputer ini terdaftar, jadi tidak ada yang dikirim ke sana. Bila dinas sosial mengganti sertifikatnya, daftarkan ulang komputer ini; bila tidak, beri tahu dinas sosial: mungkin ada pihak yang menyela sambungan.</translation>
    </message>
    <message>
        <source>The district hub refused the batch: %1. Nothing was changed in the vault.</source>
        <translation>Server dinas sosial menolak paket perubahan: %1. Tidak ada yang diubah di brankas.</translation>
    </message>
    <message>
        <source>The hub cannot listen on %1: the port may be in use by another program, or the address is not one of this machine&apos;s.</source>
        <translation>Server tidak dapat mendengarkan di %1: porta itu mungkin sedang dipakai program lain, atau alamat itu bukan milik mesin ini.</translation>
    </message>
    <message>
        <source>The TLS file %1 is not a PEM certificate or an RSA or EC private key the hub can use.</source>
        <translation>Berkas TLS %1 bukan sertifikat PEM, atau bukan kunci privat RSA atau EC yang dapat dipakai server.</translation>
    </message>
    <message>
        <source>The district hub at %1 was reached but could not store the batch just now: its disk may be full. Nothing was lost; the batch stays on this laptop and Verdes sends it again by itself later. If this goes on, tell the district office.</source>
        <translation>Server dinas sosial di %1 dapat dihubungi, tetapi belum dapat menyimpan paket perubahan saat ini: disknya mungkin penuh. Tidak ada yang hilang; paket perubahan tetap tersimpan di laptop ini dan Verdes mengirimnya lagi dengan sendirinya nanti. Bila ini terus terjadi, beri tahu kantor dinas sosial.</translation>
    </message>
    <message>
        <source>The district hub &quot;%1&quot; has revoked this laptop&apos;s enrolment, so the vault is locked: only enrolling again is possible. The data stays encrypted and safe. Contact the dinas sosial, make a new enrolment request and import the answer they send; the vault then opens as before.</source>
        <translation>Server dinas sosial &quot;%1&quot; telah mencabut pendaftaran komputer ini, sehingga brankas dikunci: yang dapat dilakukan hanya mendaftar ulang. Data tetap terenkripsi dan aman. Hubungi dinas sosial, buat permintaan pendaftaran baru, lalu impor jawaban yang mereka kirim; setelah itu brankas terbuka seperti biasa.</translation>
    </message>
    <message>
        <source>The laptop&apos;s device key %1 was revoked, and a revoked key is never enrolled again (a copy of that laptop&apos;s vault holds it too). The village makes a new enrolment request: Verdes gives the laptop a new key for it. Nothing was changed.</source>
        <translation>Kunci perangkat %1 milik komputer itu sudah dicabut, dan kunci yang dicabut tidak pernah didaftarkan lagi (salinan brankas komputer itu juga menyimpannya). Desa membuat permintaan pendaftaran baru: Verdes memberi komputer itu kunci baru untuk keperluan ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The vault of village %2 is still enrolled here with the device key %1, and a vault has one key at a time. If that laptop is to enrol with a new key, revoke the old key first (verdes-hub revoke). Nothing was changed.</source>
        <translation>Brankas desa %2 masih terdaftar di sini dengan kunci perangkat %1, dan satu brankas hanya memakai satu kunci pada satu waktu. Jika komputer itu hendak didaftarkan dengan kunci baru, cabut dahulu kunci yang lama (verdes-hub revoke). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The keys of the district hub &quot;%1&quot; expired on %2, so Verdes does not seal batches for them any more. Connect to the internet and press &quot;Send now&quot;, or import the hub&apos;s new key list from the district on a USB stick. If the laptop&apos;s date is wrong, correct it first. Nothing was lost.</source>
        <translation>Kunci server dinas sosial &quot;%1&quot; sudah habis masa berlakunya pada %2, sehingga Verdes tidak lagi menyegel paket perubahan untuk kunci itu. Sambungkan ke internet lalu tekan &quot;Kirim sekarang&quot;, atau impor daftar kunci baru server itu dari dinas sosial lewat flashdisk. Jika tanggal di komputer ini salah, betulkan dahulu. Tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>This %1 is signed with an old key of the district hub, which the district has since replaced, so Verdes no longer trusts it. Ask the district for the file again: it will be signed with the new key. Nothing was changed.</source>
        <translation>%1 ini ditandatangani dengan kunci lama server dinas sosial, yang sudah diganti oleh dinas sosial, sehingga Verdes tidak lagi memercayainya. Mintalah berkas itu lagi kepada dinas sosial: berkas baru akan ditandatangani dengan kunci yang baru. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Another verdes-hub rotated this hub&apos;s keys at the same moment. Nothing was changed by this one: check &apos;verdes-hub status&apos; before rotating again.</source>
        <translation>verdes-hub lain mengganti kunci server ini pada saat yang sama. Perintah ini tidak mengubah apa pun: periksa &apos;verdes-hub status&apos; sebelum mengganti kunci lagi.</translation>
    </message>
    <message>
        <source>The district review vault of district %1 is not in this hub&apos;s district (%2): its reviewers enrol with their own district&apos;s hub. Nothing was changed.</source>
        <translation>Brankas peninjauan kabupaten/kota %1 bukan dari kabupaten/kota server ini (%2): para peninjaunya didaftarkan ke server dinas sosial kabupaten/kotanya sendiri. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The key %1 is enrolled here as a reviewer&apos;s key, and a key is never enrolled both as a reviewer&apos;s and as a laptop&apos;s. The laptop makes a new enrolment request with a key of its own. Nothing was changed.</source>
        <translation>Kunci %1 sudah terdaftar di sini sebagai kunci seorang peninjau, dan satu kunci tidak pernah didaftarkan sekaligus untuk peninjau dan untuk komputer. Komputer itu membuat permintaan pendaftaran baru dengan kuncinya sendiri. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The key %1 is enrolled here as a laptop&apos;s device key, and a key is never enrolled both as a laptop&apos;s and as a reviewer&apos;s. The reviewer makes a new request from the district review vault, with a key of their own. Nothing was changed.</source>
        <translation>Kunci %1 sudah terdaftar di sini sebagai kunci perangkat sebuah komputer, dan satu kunci tidak pernah didaftarkan sekaligus untuk komputer dan untuk peninjau. Peninjau membuat permintaan baru dari brankas peninjauan dinas, dengan kuncinya sendiri. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regency or city of the Kemendagri list of 2025. A district code has 4 digits, with or without a dot, like 33.74 for Kota Semarang.</source>
        <translation>&quot;%1&quot; bukan kabupaten atau kota dalam daftar Kemendagri 2025. Kode kabupaten/kota terdiri atas 4 digit, dengan atau tanpa titik, misalnya 33.74 untuk Kota Semarang.</translation>
    </message>
    <message>
        <source>An officer of a %2 cannot have the role &quot;%1&quot;. Choose one of the roles this vault offers.</source>
        <translation>Petugas %2 tidak dapat memiliki peran &quot;%1&quot;. Pilih salah satu peran yang tersedia di brankas ini.</translation>
    </message>
    <message>
        <source>This cannot be done in a %1. A village&apos;s registry, proposals and meetings live in its village vault; the review of the villages&apos; proposals lives in the district review vault of the dinas sosial.</source>
        <translation>Ini tidak dapat dilakukan di %1. Data DTSEN, usulan, dan musdes sebuah desa ada di brankas desanya; peninjauan usulan desa-desa ada di brankas peninjauan dinas sosial.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s key %1 was revoked, and a revoked key is never enrolled again (a copy of the district review vault holds it too). Nothing was changed.</source>
        <translation>Kunci peninjau %1 sudah dicabut, dan kunci yang dicabut tidak pernah didaftarkan lagi (salinan brankas peninjauan dinas juga memuatnya). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The district hub does not know you as a reviewer: you are not enrolled yet, or your enrolment was revoked. Make your reviewer enrolment request and have the hub&apos;s operator approve it.</source>
        <translation>Server dinas sosial tidak mengenal Anda sebagai peninjau: Anda belum terdaftar, atau pendaftaran Anda sudah dicabut. Buat permintaan pendaftaran peninjau Anda dan minta operator server menyetujuinya.</translation>
    </message>
    <message>
        <source>There is no item number %1 in the review queue.</source>
        <translation>Tidak ada butir nomor %1 di antrean peninjauan.</translation>
    </message>
    <message>
        <source>An item that is &quot;%1&quot; cannot be given the verdict &quot;%2&quot;.</source>
        <translation>Butir yang berstatus &quot;%1&quot; tidak dapat diberi putusan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The verdict is not complete: %1</source>
        <translation>Putusan belum lengkap: %1</translation>
    </message>
    <message>
        <source>This file of the district&apos;s verdicts is older than the verdicts this vault already holds: it was imported before, or it is an old copy. Nothing was changed.</source>
        <translation>Berkas putusan dinas sosial ini lebih lama daripada putusan yang sudah ada di brankas: berkas ini sudah pernah diimpor, atau ini salinan lama. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A verdict in this file of the district&apos;s verdicts cannot be trusted: it is not signed by a reviewer the dinas sosial enrolled for it, or it does not fit what this village sent. Nothing of the file was applied. Ask the district for a new file.</source>
        <translation>Salah satu putusan dalam berkas ini tidak dapat dipercaya: putusan itu tidak ditandatangani peninjau yang didaftarkan dinas sosial, atau tidak cocok dengan yang dikirim desa ini. Tidak ada isi berkas yang diterapkan. Mintalah berkas baru kepada dinas sosial.</translation>
    </message>
    <message>
        <source>The verdict on proposal %1 in this file of the district&apos;s verdicts cannot be trusted: it is not signed by a reviewer the dinas sosial enrolled for it, or it does not fit what this village sent. Nothing of the file was applied. Ask the district for a new file.</source>
        <translation>Putusan atas usulan %1 dalam berkas ini tidak dapat dipercaya: putusan itu tidak ditandatangani peninjau yang didaftarkan dinas sosial, atau tidak cocok dengan yang dikirim desa ini. Tidak ada isi berkas yang diterapkan. Mintalah berkas baru kepada dinas sosial.</translation>
    </message>
    <message>
        <source>No laptop of village %1 is enrolled with this hub (or every one was revoked), so there is no key to seal its decisions or its DTSEN data to. Enrol the village&apos;s laptop first.</source>
        <translation>Tidak ada komputer desa %1 yang terdaftar di server ini (atau semuanya telah dicabut), jadi tidak ada kunci untuk menyegel putusan atau data DTSEN bagi desa itu. Daftarkan dahulu komputer desa tersebut.</translation>
    </message>
    <message>
        <source>This DTSEN data file is number %1, and this vault already imported number %2: it is an old copy, or it was imported before. Nothing was changed.</source>
        <translation>Berkas data DTSEN ini bernomor %1, dan brankas ini sudah mengimpor nomor %2: berkas ini salinan lama, atau sudah pernah diimpor. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This file is not the data of village %1: its row on line %2 is of another village. Nothing was published.</source>
        <translation>Berkas ini bukan data desa %1: baris %2 berisi data desa lain. Tidak ada yang diterbitkan.</translation>
    </message>
    <message>
        <source>The hub has no DTSEN data for village %1 yet. Publish it first.</source>
        <translation>Server dinas sosial belum memiliki data DTSEN untuk desa %1. Terbitkan dulu.</translation>
    </message>
    <message>
        <source>The hub has no DTSEN data number %2 for village %1.</source>
        <translation>Server dinas sosial tidak memiliki data DTSEN nomor %2 untuk desa %1.</translation>
    </message>
    <message>
        <source>%1 has taken this item until %2. Wait until then, or ask them to release it.</source>
        <translation>%1 telah mengambil butir ini sampai %2. Tunggu sampai saat itu, atau minta ia melepaskannya.</translation>
    </message>
    <message>
        <source>The district social office server already answered a newer request to take or release items from this reviewer; this one was not applied. Try again.</source>
        <translation>Server dinas sosial sudah menjawab permintaan yang lebih baru dari peninjau ini untuk mengambil atau melepaskan butir; permintaan ini tidak dijalankan. Coba lagi.</translation>
    </message>
    <message>
        <source>Proposal %1 is not in conflict with the DTSEN data: there is nothing to resolve.</source>
        <translation>Usulan %1 tidak bentrok dengan data DTSEN: tidak ada yang perlu diselesaikan.</translation>
    </message>
    <message>
        <source>Choose for &quot;%1&quot; too whether the proposal keeps its value or takes the DTSEN data&apos;s value.</source>
        <translation>Pilih juga untuk &quot;%1&quot;: usulan mempertahankan nilainya atau mengambil nilai data DTSEN.</translation>
    </message>
    <message>
        <source>No laptop with the key %1 is enrolled at this hub. &apos;verdes-hub status&apos; lists the enrolled laptops and their keys.</source>
        <translation>Tidak ada laptop dengan kunci %1 yang terdaftar di server dinas sosial ini. &apos;verdes-hub status&apos; menampilkan laptop yang terdaftar beserta kuncinya.</translation>
    </message>
    <message>
        <source>The key %1 of this laptop is not revoked yet. Revoke it first with &apos;verdes-hub revoke&apos;, so that the lost laptop can no longer send or receive anything, then write the notice.</source>
        <translation>Kunci %1 laptop ini belum dicabut. Cabut dulu dengan &apos;verdes-hub revoke&apos;, agar laptop yang hilang tidak dapat lagi mengirim atau menerima apa pun, lalu tulis pemberitahuannya.</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message>
        <source>a JPEG photo</source>
        <translation>foto JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>neither a photo nor a PDF</source>
        <translation>bukan foto maupun PDF</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
</context>
<context>
    <name>EvidenceCheckJob</name>
    <message>
        <source>Checking the evidence files…</source>
        <translation>Memeriksa berkas bukti…</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Add file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Household ID</source>
        <translation>ID keluarga</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Hamlet (dusun)</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>SLS code</source>
        <translation>Kode SLS</translation>
    </message>
    <message>
        <source>Sub-SLS code</source>
        <translation>Kode sub-SLS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>No. urut bangunan</translation>
    </message>
    <message>
        <source>Family number</source>
        <translation>No. urut keluarga</translation>
    </message>
    <message>
        <source>Family card number (KK)</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Family status</source>
        <translation>Status keluarga</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Decile (desil)</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>PLN customer ID</source>
        <translation>ID pelanggan PLN</translation>
    </message>
    <message>
        <source>Receives BPNT/Sembako</source>
        <translation>Penerima BPNT/Sembako</translation>
    </message>
    <message>
        <source>BPNT/Sembako since</source>
        <translation>BPNT/Sembako sejak</translation>
    </message>
    <message>
        <source>Receives PKH</source>
        <translation>Penerima PKH</translation>
    </message>
    <message>
        <source>PKH since</source>
        <translation>PKH sejak</translation>
    </message>
    <message>
        <source>Receives BLT Dana Desa</source>
        <translation>Penerima BLT Dana Desa</translation>
    </message>
    <message>
        <source>BLT Dana Desa since</source>
        <translation>BLT Dana Desa sejak</translation>
    </message>
    <message>
        <source>Receives electricity subsidy</source>
        <translation>Penerima subsidi listrik</translation>
    </message>
    <message>
        <source>Electricity subsidy since</source>
        <translation>Subsidi listrik sejak</translation>
    </message>
    <message>
        <source>Receives regional government aid</source>
        <translation>Penerima bantuan pemerintah daerah</translation>
    </message>
    <message>
        <source>Regional aid since</source>
        <translation>Bantuan pemda sejak</translation>
    </message>
    <message>
        <source>Receives fertiliser subsidy</source>
        <translation>Penerima subsidi pupuk</translation>
    </message>
    <message>
        <source>Fertiliser subsidy since</source>
        <translation>Subsidi pupuk sejak</translation>
    </message>
    <message>
        <source>Receives LPG subsidy</source>
        <translation>Penerima subsidi elpiji</translation>
    </message>
    <message>
        <source>LPG subsidy since</source>
        <translation>Subsidi elpiji sejak</translation>
    </message>
    <message>
        <source>Building ownership</source>
        <translation>Status kepemilikan bangunan</translation>
    </message>
    <message>
        <source>Proof of land ownership</source>
        <translation>Bukti kepemilikan lahan</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Luas lantai (m²)</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Lantai terluas</translation>
    </message>
    <message>
        <source>Walls</source>
        <translation>Dinding terluas</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>Atap terluas</translation>
    </message>
    <message>
        <source>Drinking water source</source>
        <translation>Sumber air minum</translation>
    </message>
    <message>
        <source>Distance to septic tank</source>
        <translation>Jarak ke tangki tinja</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Sumber penerangan</translation>
    </message>
    <message>
        <source>Installed power, meter 1</source>
        <translation>Daya terpasang, meteran 1</translation>
    </message>
    <message>
        <source>Installed power, meter 2</source>
        <translation>Daya terpasang, meteran 2</translation>
    </message>
    <message>
        <source>Installed power, meter 3</source>
        <translation>Daya terpasang, meteran 3</translation>
    </message>
    <message>
        <source>Cooking fuel</source>
        <translation>Bahan bakar memasak</translation>
    </message>
    <message>
        <source>Toilet facility</source>
        <translation>Fasilitas BAB</translation>
    </message>
    <message>
        <source>Toilet type</source>
        <translation>Jenis kloset</translation>
    </message>
    <message>
        <source>Faeces disposal</source>
        <translation>Pembuangan akhir tinja</translation>
    </message>
    <message>
        <source>LPG cylinder of 5.5 kg or more</source>
        <translation>Tabung gas 5,5 kg atau lebih</translation>
    </message>
    <message>
        <source>Refrigerator</source>
        <translation>Lemari es/kulkas</translation>
    </message>
    <message>
        <source>Air conditioner</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Pemanas air</translation>
    </message>
    <message>
        <source>Landline telephone</source>
        <translation>Telepon rumah</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Televisi</translation>
    </message>
    <message>
        <source>Gold or jewellery of 10 g or more</source>
        <translation>Emas/perhiasan 10 gram atau lebih</translation>
    </message>
    <message>
        <source>Computer or laptop</source>
        <translation>Komputer/laptop</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Sepeda motor</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Sepeda</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Perahu</translation>
    </message>
    <message>
        <source>Motorboat</source>
        <translation>Perahu motor</translation>
    </message>
    <message>
        <source>Smartphone</source>
        <translation>Telepon pintar</translation>
    </message>
    <message>
        <source>Cattle</source>
        <translation>Sapi</translation>
    </message>
    <message>
        <source>Buffalo</source>
        <translation>Kerbau</translation>
    </message>
    <message>
        <source>Horses</source>
        <translation>Kuda</translation>
    </message>
    <message>
        <source>Pigs</source>
        <translation>Babi</translation>
    </message>
    <message>
        <source>Goats and sheep</source>
        <translation>Kambing/domba</translation>
    </message>
    <message>
        <source>Land elsewhere</source>
        <translation>Lahan di tempat lain</translation>
    </message>
    <message>
        <source>House elsewhere</source>
        <translation>Rumah di tempat lain</translation>
    </message>
    <message>
        <source>Internet access</source>
        <translation>Akses internet</translation>
    </message>
    <message>
        <source>Active bank account</source>
        <translation>Rekening aktif</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>ID anggota</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Member&apos;s own KK number</source>
        <translation>Nomor KK anggota</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Keberadaan</translation>
    </message>
    <message>
        <source>Date of the presence event</source>
        <translation>Tanggal perubahan keberadaan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Sedang hamil</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Dokumen identitas</translation>
    </message>
    <message>
        <source>School participation</source>
        <translation>Partisipasi sekolah</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <source>Highest grade</source>
        <translation>Kelas tertinggi</translation>
    </message>
    <message>
        <source>Highest diploma</source>
        <translation>Ijazah tertinggi</translation>
    </message>
    <message>
        <source>Worked last week</source>
        <translation>Bekerja seminggu terakhir</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>Main work sector</source>
        <translation>Lapangan usaha pekerjaan utama</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Kedudukan dalam pekerjaan</translation>
    </message>
    <message>
        <source>Tax number (NPWP)</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Has own business</source>
        <translation>Memiliki usaha sendiri</translation>
    </message>
    <message>
        <source>Number of businesses</source>
        <translation>Jumlah usaha</translation>
    </message>
    <message>
        <source>Business sector</source>
        <translation>Lapangan usaha (usaha sendiri)</translation>
    </message>
    <message>
        <source>Paid workers</source>
        <translation>Pekerja dibayar</translation>
    </message>
    <message>
        <source>Unpaid workers</source>
        <translation>Pekerja tidak dibayar</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>Izin usaha</translation>
    </message>
    <message>
        <source>Monthly turnover</source>
        <translation>Omzet per bulan</translation>
    </message>
    <message>
        <source>Internet use in the business</source>
        <translation>Penggunaan internet untuk usaha</translation>
    </message>
    <message>
        <source>Nutrition (under five)</source>
        <translation>Status gizi (balita)</translation>
    </message>
    <message>
        <source>Difficulty seeing</source>
        <translation>Kesulitan melihat</translation>
    </message>
    <message>
        <source>Difficulty hearing</source>
        <translation>Kesulitan mendengar</translation>
    </message>
    <message>
        <source>Difficulty walking or climbing stairs</source>
        <translation>Kesulitan berjalan/naik tangga</translation>
    </message>
    <message>
        <source>Difficulty using hands and fingers</source>
        <translation>Kesulitan menggunakan tangan/jari</translation>
    </message>
    <message>
        <source>Difficulty learning</source>
        <translation>Kesulitan belajar</translation>
    </message>
    <message>
        <source>Difficulty controlling behaviour</source>
        <translation>Kesulitan mengendalikan perilaku</translation>
    </message>
    <message>
        <source>Difficulty communicating</source>
        <translation>Kesulitan berkomunikasi</translation>
    </message>
    <message>
        <source>Difficulty with self-care</source>
        <translation>Kesulitan mengurus diri sendiri</translation>
    </message>
    <message>
        <source>Difficulty remembering or concentrating</source>
        <translation>Kesulitan mengingat/berkonsentrasi</translation>
    </message>
    <message>
        <source>Often sad or depressed</source>
        <translation>Sering sedih/depresi</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Pengurus/perawat</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Penyakit kronis</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Jaminan kesehatan</translation>
    </message>
    <message>
        <source>Kartu Prakerja</source>
        <translation>Kartu Prakerja</translation>
    </message>
    <message>
        <source>People&apos;s business credit (KUR)</source>
        <translation>Kredit Usaha Rakyat (KUR)</translation>
    </message>
    <message>
        <source>Ultra-micro credit (UMi)</source>
        <translation>Pembiayaan Ultra Mikro (UMi)</translation>
    </message>
    <message>
        <source>Smart Indonesia Programme (PIP)</source>
        <translation>Program Indonesia Pintar (PIP)</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>Jaminan ketenagakerjaan</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Versi kuesioner</translation>
    </message>
</context>
<context>
    <name>FlaggedHouseholdPicker</name>
    <message>
        <source>Add a flagged family to the agenda</source>
        <translation>Tambah keluarga dengan peringatan ke agenda</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Name of the head, family id or RT/RW</source>
        <translation>Nama kepala keluarga, ID keluarga, atau RT/RW</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>HouseholdDetailView</name>
    <message>
        <source>Choose a household in the list to see its members, housing, programmes and warnings.</source>
        <translation>Pilih keluarga di daftar untuk melihat anggota, perumahan, program, dan peringatannya.</translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation>(tanpa kepala keluarga)</translation>
    </message>
    <message>
        <source>KK %1 · RT %2 / RW %3 · %4</source>
        <translation>KK %1 · RT %2 / RW %3 · %4</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Peringatan impor (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Anggota keluarga (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Keberadaan</translation>
    </message>
    <message>
        <source>%1 yrs</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program bantuan</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sejak %2)</translation>
    </message>
    <message numerus="yes">
        <source>PBI-JK for %n member(s)</source>
        <translation>
            <numerusform>PBI-JK untuk %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Tidak ada yang tercatat</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Perumahan</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the full NIK and KK numbers of this family</source>
        <translation>Tampilkan NIK dan nomor KK lengkap keluarga ini</translation>
    </message>
</context>
<context>
    <name>HubCommandLine</name>
    <message>
        <source>Run &apos;verdes-hub --help&apos; to see how to use it.</source>
        <translation>Jalankan &apos;verdes-hub --help&apos; untuk melihat cara memakainya.</translation>
    </message>
    <message>
        <source>To replace it, add --force.</source>
        <translation>Untuk menggantinya, tambahkan --force.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>perintah &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 memerlukan nilai</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2</source>
        <translation>&quot;%1&quot; bukan pilihan untuk %2</translation>
    </message>
    <message>
        <source>wrong number of arguments for %1</source>
        <translation>jumlah argumen untuk %1 salah</translation>
    </message>
    <message>
        <source>--max-offline-days is a number of days, 0 (no limit) to 3650</source>
        <translation>--max-offline-days adalah jumlah hari, 0 (tanpa batas) sampai 3650</translation>
    </message>
    <message>
        <source>Hub &quot;%1&quot; made in %2. Its fingerprint, to read to the villages when they enrol: %3</source>
        <translation>Server &quot;%1&quot; dibuat di %2. Sidik jarinya, untuk dibacakan kepada desa saat mendaftar: %3</translation>
    </message>
    <message>
        <source>Enrolled the laptop of %1 (%2), asked by %3; device fingerprint %4.</source>
        <translation>Komputer desa %1 (%2) terdaftar, atas permintaan %3; sidik jari perangkat %4.</translation>
    </message>
    <message>
        <source>Check this fingerprint with the village before they import the answer.</source>
        <translation>Periksa sidik jari ini bersama desa sebelum mereka mengimpor jawabannya.</translation>
    </message>
    <message>
        <source>Answer written to %1. The village imports it and checks the hub&apos;s fingerprint %2.</source>
        <translation>Jawaban ditulis ke %1. Desa mengimpornya dan memeriksa sidik jari server %2.</translation>
    </message>
    <message>
        <source>Laptop %1 revoked: the hub takes nothing more from it, and it locks its vault at its next contact.</source>
        <translation>Pendaftaran komputer %1 dicabut: server tidak menerima apa pun lagi darinya, dan komputer itu mengunci brankasnya pada kontak berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 of village %2 accepted (%n item(s)).</source>
        <translation>
            <numerusform>Paket perubahan %1 dari desa %2 diterima (%n butir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 of village %2 partly accepted: some items came in an earlier batch.</source>
        <translation>Paket perubahan %1 dari desa %2 diterima sebagian: beberapa butir sudah ada di paket sebelumnya.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Ditolak: %1.</translation>
    </message>
    <message>
        <source>This batch was received before; the receipt is the one given then.</source>
        <translation>Paket ini sudah diterima sebelumnya; tanda terimanya sama dengan yang diberikan waktu itu.</translation>
    </message>
    <message>
        <source>Receipt written to %1; give it to the village.</source>
        <translation>Tanda terima ditulis ke %1; berikan kepada desa.</translation>
    </message>
    <message>
        <source>Hub: %1 (%2), district %3</source>
        <translation>Server: %1 (%2), kabupaten/kota %3</translation>
    </message>
    <message>
        <source>Laptops: %1 enrolled, %2 revoked. Batches: %3 (%4 items). Refused uploads: %5.</source>
        <translation>Komputer: %1 terdaftar, %2 dicabut. Paket: %3 (%4 butir). Kiriman ditolak: %5.</translation>
    </message>
    <message>
        <source>last batch %1</source>
        <translation>paket terakhir %1</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>belum pernah kontak</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>kontak terakhir %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>dicabut %1</translation>
    </message>
    <message>
        <source>enrolled %1</source>
        <translation>terdaftar %1</translation>
    </message>
    <message>
        <source>--url is the https:// address the villages reach the hub at</source>
        <translation>--url adalah alamat https:// tempat desa-desa menghubungi server</translation>
    </message>
    <message>
        <source>--url and --tls-cert go together: the address villages reach the hub at, and the certificate they will see there</source>
        <translation>--url dan --tls-cert dipakai bersama: alamat tempat desa-desa menghubungi server, dan sertifikat yang akan mereka lihat di sana</translation>
    </message>
    <message>
        <source>serve needs --listen ADDRESS:PORT, for example --listen 127.0.0.1:8470</source>
        <translation>serve memerlukan --listen ALAMAT:PORTA, misalnya --listen 127.0.0.1:8470</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert dan --tls-key dipakai bersama</translation>
    </message>
    <message>
        <source>%1 is not the certificate this hub&apos;s villages pinned when they enrolled: serve with that one</source>
        <translation>%1 bukan sertifikat yang dipasang desa-desa server ini saat mendaftar: jalankan serve dengan sertifikat itu</translation>
    </message>
    <message>
        <source>Hub &quot;%1&quot; serves at %2://%3:%4. Stop it with Ctrl+C.</source>
        <translation>Server &quot;%1&quot; melayani di %2://%3:%4. Hentikan dengan Ctrl+C.</translation>
    </message>
    <message>
        <source>--valid-days and --key-valid-days are a number of days, 0 (no expiry) to 3650</source>
        <translation>--valid-days dan --key-valid-days adalah jumlah hari, 0 (tanpa batas waktu) sampai 3650</translation>
    </message>
    <message>
        <source>The hub&apos;s keys are now generation %1, fingerprint %2 (was %3)%4. Villages follow at their next contact over the internet; give villages on USB the key list.</source>
        <translation>Kunci server sekarang generasi %1, sidik jari %2 (sebelumnya %3)%4. Desa mengikutinya saat kontak berikutnya lewat internet; berikan daftar kunci kepada desa yang memakai flashdisk.</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, berlaku sampai %1</translation>
    </message>
    <message>
        <source>Running &apos;verdes-hub serve&apos; processes sign with the new keys within a minute.</source>
        <translation>Proses &apos;verdes-hub serve&apos; yang sedang berjalan menandatangani dengan kunci baru dalam satu menit.</translation>
    </message>
    <message>
        <source>Warning: this hub&apos;s keys expired on %1; villages refuse what they sign. Run &apos;verdes-hub rotate-keys&apos;.</source>
        <translation>Peringatan: kunci server ini sudah habis masa berlakunya pada %1; desa menolak apa yang ditandatanganinya. Jalankan &apos;verdes-hub rotate-keys&apos;.</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>EXPIRED on %1: run &apos;verdes-hub rotate-keys&apos;</source>
        <translation>HABIS MASA BERLAKU pada %1: jalankan &apos;verdes-hub rotate-keys&apos;</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>berlaku sampai %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (keys of generation %2, %3)</source>
        <translation>Sidik jari: %1 (kunci generasi %2, %3)</translation>
    </message>
    <message>
        <source>--workers is a number of threads, 1 to %1</source>
        <translation>--workers adalah jumlah utas, 1 sampai %1</translation>
    </message>
    <message>
        <source>Enrolled the reviewer %1 (%2) of %3; reviewer fingerprint %4.</source>
        <translation>Peninjau %1 (%2) dari %3 terdaftar; sidik jari peninjau %4.</translation>
    </message>
    <message>
        <source>Check this fingerprint with the reviewer before they import the answer.</source>
        <translation>Cocokkan sidik jari ini dengan peninjau sebelum ia mengimpor jawabannya.</translation>
    </message>
    <message>
        <source>Answer written to %1. The reviewer imports it in the district review vault and checks the hub&apos;s fingerprint %2.</source>
        <translation>Jawaban ditulis ke %1. Peninjau mengimpornya ke brankas peninjauan dinas dan memeriksa sidik jari server %2.</translation>
    </message>
    <message>
        <source>Reviewer %1 (%2), key %3, revoked: the hub takes nothing more signed by this key, and the district review vault locks at its next contact.</source>
        <translation>Pendaftaran peninjau %1 (%2), kunci %3, dicabut: server tidak menerima apa pun lagi yang ditandatangani dengan kunci ini, dan brankas peninjauan dinas terkunci pada kontak berikutnya.</translation>
    </message>
    <message>
        <source>Reviewers: %1 enrolled, %2 revoked.</source>
        <translation>Peninjau: %1 terdaftar, %2 dicabut.</translation>
    </message>
    <message>
        <source>Nothing new for reviewer %1: their vault holds every batch the hub received.</source>
        <translation>Tidak ada yang baru untuk peninjau %1: brankasnya sudah memuat semua paket yang diterima server.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) for reviewer %1, numbers %2 to %3.</source>
        <translation>
            <numerusform>%n paket untuk peninjau %1, nomor %2 sampai %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has more (up to number %1): once this file is imported, make another request.</source>
        <translation>Server masih punya paket lain (sampai nomor %1): setelah berkas ini diimpor, buat permintaan lagi.</translation>
    </message>
    <message>
        <source>Written to %1; give it to the reviewer, who imports it with &apos;verdes review import&apos;.</source>
        <translation>Ditulis ke %1; berikan kepada peninjau, yang mengimpornya dengan &apos;verdes review import&apos;.</translation>
    </message>
    <message>
        <source>the file does not read or its signature does not verify</source>
        <translation>berkasnya tidak terbaca atau tanda tangannya tidak sah</translation>
    </message>
    <message>
        <source>signed by a key this hub never enrolled as a reviewer&apos;s</source>
        <translation>ditandatangani dengan kunci yang tidak pernah didaftarkan di server ini sebagai kunci peninjau</translation>
    </message>
    <message>
        <source>signed by a revoked reviewer</source>
        <translation>ditandatangani oleh peninjau yang pendaftarannya telah dicabut</translation>
    </message>
    <message>
        <source>the reviewer&apos;s role does not give this verdict</source>
        <translation>peran peninjau itu tidak berwenang memberi putusan ini</translation>
    </message>
    <message>
        <source>for a village outside this hub&apos;s district</source>
        <translation>untuk desa di luar kabupaten/kota server ini</translation>
    </message>
    <message>
        <source>the hub holds no accepted item for it</source>
        <translation>server tidak menyimpan butir yang diterima untuk putusan ini</translation>
    </message>
    <message>
        <source>another verdict on the item came first</source>
        <translation>putusan lain atas butir itu sudah masuk lebih dahulu</translation>
    </message>
    <message>
        <source>the item&apos;s state does not allow it</source>
        <translation>status butir itu tidak memungkinkan putusan ini</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) accepted, %1 received before, %2 refused.</source>
        <translation>
            <numerusform>%n putusan diterima, %1 sudah diterima sebelumnya, %2 ditolak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict %1 refused: %2.</source>
        <translation>Putusan ke-%1 ditolak: %2.</translation>
    </message>
    <message>
        <source>Receipt written to %1; give it to the reviewer.</source>
        <translation>Tanda terima ditulis ke %1; berikan kepada peninjau.</translation>
    </message>
    <message>
        <source>VILLAGE is the 10-digit code of the village</source>
        <translation>VILLAGE adalah kode desa yang terdiri dari 10 digit</translation>
    </message>
    <message>
        <source>--after is the number of the last decision the village holds, 0 for none</source>
        <translation>--after adalah nomor putusan terakhir yang sudah dimiliki desa, 0 bila belum ada</translation>
    </message>
    <message>
        <source>No new verdicts for village %1 after number %2.</source>
        <translation>Tidak ada putusan baru untuk desa %1 setelah nomor %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) for village %1, numbers %2 to %3, sealed to its laptop %4.</source>
        <translation>
            <numerusform>%n putusan untuk desa %1, nomor %2 sampai %3, tersegel untuk komputer desa %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has more (up to number %1): write the next file with --after %2.</source>
        <translation>Server masih punya putusan lain (sampai nomor %1): tulis berkas berikutnya dengan --after %2.</translation>
    </message>
    <message>
        <source>Written to %1; give it to the village, which imports it with &apos;verdes decisions import&apos;.</source>
        <translation>Ditulis ke %1; berikan kepada desa, yang mengimpornya dengan &apos;verdes decisions import&apos;.</translation>
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
        <translation>verdes-hub: server dinas sosial yang menerima paket perubahan dari desa-desa.

  verdes-hub init HUBDIR --district-code CODE --name TEXT
                  [--url https://… --tls-cert FILE] [--max-offline-days N] [--key-file FILE]
                  [--key-valid-days N] [--postgres URI]
                                 buat server: basis data terenkripsi dan kuncinya, di
                                 HUBDIR; kunci basis data disimpan di HUBDIR/hub.key (hanya
                                 dapat dibaca Anda) kecuali --key-file menunjuk berkas 64 digit hex.
                                 Dengan --postgres, datanya masuk ke basis data PostgreSQL itu
                                 (postgresql://user@host/db; kata sandinya di ~/.pgpass) dan
                                 HUBDIR/hub.conf mengingatnya
  verdes-hub enrol HUBDIR REQUEST [--fingerprint XXXX-XXXX-XXXX-XXXX] [--answer FILE]
                                 daftarkan komputer dari permintaan sebuah desa, atau peninjau
                                 dari permintaan brankas peninjauan dinas (verifikator atau
                                 kepala dinas); periksa dahulu sidik jarinya dengan mereka.
                                 Menulis jawaban yang mereka impor (REQUEST.answer kecuali
                                 --answer)
  verdes-hub revoke HUBDIR KEY [--out FILE]
                                 cabut pendaftaran sebuah komputer atau peninjau (id kuncinya,
                                 seperti di status) dan tulis daftar pencabutan yang baru
  verdes-hub revocations HUBDIR OUTFILE
                                 tulis daftar pencabutan yang berlaku
  verdes-hub rotate-keys HUBDIR [--valid-days N] [--out FILE]
                                 ganti kunci penandatangan dan kunci segel server dengan yang
                                 baru, dijamin oleh kunci penandatangan lama; desa mengikutinya
                                 saat kontak berikutnya, atau dari daftar kunci (--out) lewat
                                 flashdisk. Paket yang disegel untuk kunci lama tetap terbuka
  verdes-hub keys HUBDIR OUTFILE tulis daftar kunci server yang berlaku, untuk desa lewat flashdisk
  verdes-hub ingest HUBDIR FILE [--receipt RECEIPT]
                                 terima paket perubahan tersegel dari flashdisk dan tulis tanda
                                 terima bertanda tangan untuk desa (FILE.receipt kecuali --receipt)
  verdes-hub feed HUBDIR REQUEST [--out FILE]
                                 jawab permintaan peninjau atas paket yang diterima server
                                 (dibuat dengan &apos;verdes review request&apos;): menulis halaman
                                 untuk brankas peninjauan dinasnya, tersegel untuk kuncinya
                                 (feed-N.vrfd di samping REQUEST kecuali --out)
  verdes-hub verdicts HUBDIR UPLOAD [--out FILE]
                                 terima putusan dari brankas peninjauan dinas lewat flashdisk
                                 dan tulis tanda terima bertanda tangan untuknya
                                 (verdicts-receipt.vdrc di samping UPLOAD kecuali --out)
  verdes-hub decisions HUBDIR VILLAGE [--after N] [--out FILE]
                                 tulis putusan atas butir-butir sebuah desa setelah nomor N,
                                 tersegel untuk komputer desa itu, untuk flashdisk
                                 (decisions-VILLAGE-LATEST.vdcl kecuali --out)
  verdes-hub snapshot HUBDIR VILLAGE CSV [--label TEXT] [--out FILE]
                                 terbitkan data DTSEN triwulanan sebuah desa (CSV apa adanya;
                                 CSV yang sama lagi tetap bernomor sama) dan tulis dalam keadaan
                                 ditandatangani, tersegel untuk laptop desa itu, untuk flashdisk
                                 (snapshot-VILLAGE-N.vsnp kecuali --out). Labelnya nama berkas
                                 CSV bila tidak diberikan: &quot;DTSEN Desember 2026&quot;
  verdes-hub status HUBDIR       server, sidik jari kuncinya, serta komputer dan peninjau yang
                                 terdaftar
  verdes-hub serve HUBDIR --listen ADDRESS:PORT [--tls-cert FILE --tls-key FILE]
                  [--workers N]  terima paket perubahan lewat HTTP(S) sampai dihentikan: dengan
                                 TLS sendiri, atau tanpa TLS di belakang nginx di mesin yang sama.
                                 N utas (4 bila tidak disebut, 1 sampai 64) bekerja pada basis
                                 data sekaligus

Semua perintah kecuali init menerima --key-file bila kunci basis data tidak di HUBDIR/hub.key,
dan --postgres URI untuk memakai basis data lain dari yang disebut HUBDIR/hub.conf.

Kode keluar:
  0  berhasil
  1  perintah dipakai dengan salah
  3  berkas yang tidak semestinya (rusak, untuk server atau komputer lain), atau
     permintaan yang ditolak server (kunci yang dicabut, kunci kedua untuk satu brankas,
     kunci komputer sebagai kunci peninjau, data DTSEN kabupaten atau
     desa lain)
  4  bukan folder server, basis data server rusak, atau basis datanya tidak terjangkau
  5  berkas yang tidak boleh ditulis, atau kesalahan lain saat membaca atau menulis berkas
  6  serve tidak dapat mendengarkan di alamat dan porta yang diberikan
</translation>
    </message>
    <message>
        <source>--label names the snapshot, for example --label &quot;DTSEN Desember 2026&quot;</source>
        <translation>--label memberi nama data DTSEN, misalnya --label &quot;DTSEN Desember 2026&quot;</translation>
    </message>
    <message>
        <source>Published the snapshot &quot;%1&quot; of village %2 as number %3.</source>
        <translation>Data DTSEN &quot;%1&quot; desa %2 diterbitkan sebagai nomor %3.</translation>
    </message>
    <message>
        <source>This CSV was published before for village %1, as number %2 (&quot;%3&quot;).</source>
        <translation>CSV ini sudah pernah diterbitkan untuk desa %1, sebagai nomor %2 (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Sealed to its laptop %1 and written to %2; give it to the village, which imports it with &apos;verdes import&apos;.</source>
        <translation>Disegel untuk laptop desa %1 dan ditulis ke %2; serahkan kepada desa, yang mengimpornya dengan &apos;verdes import&apos;.</translation>
    </message>
    <message>
        <source>Personal data protection (UU PDP):
  verdes-hub breach-notice HUBDIR KEY --out FILE.pdf [--text FILE.txt] [--force]
                                 for a lost or stolen laptop, once its KEY is revoked (exit
                                 code 3 before): what the hub knows it held, and a draft of
                                 the notice that UU 27/2022 art. 46 requires within 3 x 24
                                 hours (the PDF to print; --text: the same draft to edit)
</source>
        <translation>Pelindungan data pribadi (UU PDP):
  verdes-hub breach-notice HUBDIR KEY --out FILE.pdf [--text FILE.txt] [--force]
                                 untuk laptop yang hilang atau dicuri, setelah KEY-nya dicabut
                                 (sebelumnya kode keluar 3): apa yang diketahui server ada di
                                 laptop itu, dan draf pemberitahuan yang diwajibkan UU 27/2022
                                 pasal 46 dalam 3 x 24 jam (PDF untuk dicetak; --text: draf
                                 yang sama untuk disunting)
</translation>
    </message>
    <message>
        <source>breach-notice needs --out FILE.pdf</source>
        <translation>breach-notice memerlukan --out FILE.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the draft breach notice (%n page(s)) for laptop %1 of %2 (batches sent: %3, items: %4). Fill in the parts in [brackets]; the notice is due within 3 x 24 hours.</source>
        <translation>
            <numerusform>Draf pemberitahuan kebocoran ditulis (%n halaman) untuk laptop %1 dari %2 (kiriman: %3, item: %4). Isi bagian dalam [kurung siku]; pemberitahuan wajib dikirim dalam 3 x 24 jam.</numerusform>
        </translation>
    </message>
    <message>
        <source>another reviewer has taken the item</source>
        <translation>peninjau lain telah mengambil butir ini</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a registry snapshot</source>
        <translation>Impor data DTSEN</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Skip families with errors and import the others (the skipped rows are kept in a report)</source>
        <translation>&amp;Lewati keluarga yang salah dan impor yang lain (baris yang dilewati disimpan dalam laporan)</translation>
    </message>
    <message>
        <source>Save the &amp;list…</source>
        <translation>Simpan &amp;daftar…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>File f&amp;ormat…</source>
        <translation>&amp;Format berkas…</translation>
    </message>
    <message>
        <source>How to save a file from Excel or LibreOffice that Verdes can read</source>
        <translation>Cara menyimpan berkas dari Excel atau LibreOffice agar dapat dibaca Verdes</translation>
    </message>
    <message>
        <source>Resolve the &amp;conflicts…</source>
        <translation>Selesaikan &amp;bentrok…</translation>
    </message>
    <message>
        <source>The proposals in conflict with the new DTSEN data, to settle one by one</source>
        <translation>Usulan yang bentrok dengan data DTSEN baru, untuk diselesaikan satu per satu</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>comma (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation>Kolom dipisahkan dengan %1.</translation>
    </message>
    <message>
        <source>Optional columns not in the file, whose values the vault keeps: %1.</source>
        <translation>Kolom tidak wajib yang tidak ada dalam berkas (nilainya di brankas tetap dipertahankan): %1.</translation>
    </message>
    <message>
        <source>How to save a file for Verdes from Excel or LibreOffice</source>
        <translation>Cara menyimpan berkas untuk Verdes dari Excel atau LibreOffice</translation>
    </message>
    <message>
        <source>Verdes reads a CSV file: a header line with the column names, then one line per member. It reads files saved by Excel or LibreOffice as they are: columns separated by commas, semicolons or tabs, column names in any letter case, empty columns and rows at the end. What it cannot repair are long numbers that a spreadsheet changed: NIK, KK numbers, PLN customer ids, SLS codes and region codes shown as 3,31819E+15, rounded to end in 0, or stripped of their leading zeros (0001 becomes 1). Such rows are refused. Keep these columns, and the dates, as Text.</source>
        <translation>Verdes membaca berkas CSV: satu baris judul berisi nama kolom, lalu satu baris untuk setiap anggota. Berkas yang disimpan Excel atau LibreOffice dibaca apa adanya: kolom dipisahkan dengan koma, titik koma, atau tab, nama kolom boleh huruf besar atau kecil, dan kolom atau baris kosong di bagian akhir diabaikan. Yang tidak dapat diperbaiki adalah angka panjang yang sudah diubah oleh Excel atau LibreOffice: NIK, nomor KK, ID pelanggan PLN, kode SLS, dan kode wilayah yang tampil sebagai 3,31819E+15, dibulatkan sehingga berakhir dengan 0, atau kehilangan angka nol di depannya (0001 menjadi 1). Baris seperti itu ditolak. Jadikan kolom-kolom itu, dan kolom tanggal, berformat Teks.</translation>
    </message>
    <message>
        <source>In Excel:
1. Do not open the file by double-clicking it. In an empty workbook choose Data › From Text/CSV and pick the file; set File Origin to &quot;65001: Unicode (UTF-8)&quot; and Data Type Detection to &quot;Do not detect data types&quot;, then Load. (Older Excel: Data › From Text, and in step 3 select every column and choose Text.)
2. Make your changes. Type dates as 2024-01-31.
3. File › Save As, type &quot;CSV UTF-8 (Comma delimited)&quot;. Not &quot;CSV (Comma delimited)&quot;: that one spoils letters such as é and the ’ apostrophe.</source>
        <translation>Di Excel:
1. Jangan membuka berkas dengan klik dua kali. Di buku kerja kosong, pilih Data › Dari Teks/CSV (From Text/CSV) lalu pilih berkasnya; atur Asal File (File Origin) ke &quot;65001: Unicode (UTF-8)&quot; dan Deteksi Tipe Data (Data Type Detection) ke &quot;Jangan deteksi tipe data&quot; (Do not detect data types), lalu Muat (Load). (Excel versi lama: Data › Dari Teks (From Text), lalu pada langkah 3 pilih semua kolom dan pilih Teks.)
2. Lakukan perubahan. Tulis tanggal seperti 2024-01-31.
3. File › Simpan Sebagai (Save As), pilih jenis &quot;CSV UTF-8 (Comma delimited)&quot; (di Excel berbahasa Indonesia: jenis yang diawali &quot;CSV UTF-8&quot;). Jangan &quot;CSV (Comma delimited)&quot; tanpa UTF-8: jenis itu merusak huruf seperti é dan tanda petik ’.</translation>
    </message>
    <message>
        <source>In LibreOffice Calc:
1. File › Open and pick the file. In the Text Import window set Character set to &quot;Unicode (UTF-8)&quot; and tick the separator the file uses, click the top-left corner of the preview to select every column, set Column type to Text, then OK.
2. Make your changes. Type dates as 2024-01-31.
3. File › Save As, type &quot;Text CSV (.csv)&quot;, tick &quot;Edit filter settings&quot;, keep the format, then set Character set to &quot;Unicode (UTF-8)&quot; and Field delimiter to , or ;.</source>
        <translation>Di LibreOffice Calc:
1. Berkas › Buka (File › Open) lalu pilih berkasnya. Di jendela Impor Teks (Text Import), atur Set karakter (Character set) ke &quot;Unicode (UTF-8)&quot; dan centang pemisah yang dipakai berkas, klik pojok kiri atas pratinjau untuk memilih semua kolom, atur Tipe kolom (Column type) ke Teks, lalu OK.
2. Lakukan perubahan. Tulis tanggal seperti 2024-01-31.
3. Berkas › Simpan Sebagai (Save As), pilih jenis &quot;Teks CSV (.csv)&quot;, centang &quot;Sunting pengaturan penyaring&quot; (Edit filter settings), pertahankan formatnya, lalu atur Set karakter ke &quot;Unicode (UTF-8)&quot; dan Pembatas ruas (Field delimiter) ke , atau ;.</translation>
    </message>
    <message>
        <source>Then import the file again. Each problem is listed with its line and its column as the spreadsheet names them (for example line 7, column BT (name)), so that you can find it.</source>
        <translation>Lalu impor berkas itu lagi. Setiap masalah disebutkan dengan baris dan kolomnya seperti yang tampil di Excel atau LibreOffice (misalnya baris 7, kolom BT (name)), sehingga mudah ditemukan.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflected in the DTSEN data</source>
        <translation>
            <numerusform>%n sudah tercermin di data DTSEN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reflected (flagged: propose again if still needed)</source>
        <translation>
            <numerusform>%n tidak tercermin (ditandai: usulkan lagi bila masih perlu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adjusted to the new data (other fields changed)</source>
        <translation>
            <numerusform>%n disesuaikan dengan data baru (kolom lain yang berubah)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict with the new data (to resolve)</source>
        <translation>
            <numerusform>%n bentrok dengan data baru (perlu diselesaikan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whose family or member is gone (to withdraw)</source>
        <translation>
            <numerusform>%n keluarga atau anggotanya sudah tidak ada (perlu ditarik)</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals: %1.</source>
        <translation>Usulan: %1.</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>line %1, %2: %3</source>
        <translation>baris %1, %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>NIK has 15 digits instead of 16 (%1); ask Dukcapil for the correct NIK</source>
        <translation>NIK hanya 15 angka, seharusnya 16 (%1); tanyakan NIK yang benar ke Dukcapil</translation>
    </message>
    <message>
        <source>KK number has 15 digits instead of 16 (%1); check the family card</source>
        <translation>nomor KK hanya 15 angka, seharusnya 16 (%1); periksa kartu keluarga</translation>
    </message>
    <message>
        <source>NIK may contain only digits (%1)</source>
        <translation>NIK hanya boleh berisi angka (%1)</translation>
    </message>
    <message>
        <source>KK number may contain only digits (%1)</source>
        <translation>nomor KK hanya boleh berisi angka (%1)</translation>
    </message>
    <message>
        <source>NIK must have 16 digits, not %1 (%2)</source>
        <translation>NIK harus 16 angka, bukan %1 (%2)</translation>
    </message>
    <message>
        <source>KK number must have 16 digits, not %1 (%2)</source>
        <translation>nomor KK harus 16 angka, bukan %1 (%2)</translation>
    </message>
    <message>
        <source>invalid birth date in NIK (%1)</source>
        <translation>tanggal lahir dalam NIK tidak sah (%1)</translation>
    </message>
    <message>
        <source>NIK serial number must not be 0000 (%1)</source>
        <translation>nomor urut NIK tidak boleh 0000 (%1)</translation>
    </message>
    <message>
        <source>no NIK recorded (normal for newborns and people without documents)</source>
        <translation>NIK tidak tercatat (wajar untuk bayi baru lahir dan orang tanpa dokumen)</translation>
    </message>
    <message>
        <source>the first six digits of the NIK (%1) are not a known kecamatan</source>
        <translation>enam angka pertama NIK (%1) bukan kecamatan yang dikenal</translation>
    </message>
    <message>
        <source>sex in the NIK (%1) differs from the recorded sex (%2)</source>
        <translation>jenis kelamin menurut NIK (%1) berbeda dengan yang tercatat (%2)</translation>
    </message>
    <message>
        <source>birth date in the NIK (%1) differs from the recorded birth date (%2)</source>
        <translation>tanggal lahir menurut NIK (%1) berbeda dengan yang tercatat (%2)</translation>
    </message>
    <message>
        <source>the same NIK (%1) is used by another active member (%2)</source>
        <translation>NIK yang sama (%1) dipakai anggota aktif lain (%2)</translation>
    </message>
    <message>
        <source>no KK number recorded</source>
        <translation>nomor KK tidak tercatat</translation>
    </message>
    <message>
        <source>the first six digits of the KK number (%1) are not a known kecamatan</source>
        <translation>enam angka pertama nomor KK (%1) bukan kecamatan yang dikenal</translation>
    </message>
    <message>
        <source>the family has no head (relationship 1)</source>
        <translation>keluarga tidak memiliki kepala keluarga (hubungan 1)</translation>
    </message>
    <message>
        <source>the family has %1 heads; it must have exactly one</source>
        <translation>keluarga memiliki %1 kepala keluarga; harus tepat satu</translation>
    </message>
    <message>
        <source>the head has %1 spouses recorded</source>
        <translation>kepala keluarga tercatat memiliki %1 istri/suami</translation>
    </message>
    <message>
        <source>the same KK number (%1) is used by another family (%2)</source>
        <translation>nomor KK yang sama (%1) dipakai keluarga lain (%2)</translation>
    </message>
    <message>
        <source>region code %1 has an invalid regency or city number (must be 01-69 or 71-99)</source>
        <translation>kode wilayah %1 memiliki nomor kabupaten/kota yang tidak sah (harus 01-69 atau 71-99)</translation>
    </message>
    <message>
        <source>region code %1: the village part must start with 1, 2 or 3</source>
        <translation>kode wilayah %1: bagian desa harus diawali 1, 2, atau 3</translation>
    </message>
    <message>
        <source>region code must have 10 digits (%1)</source>
        <translation>kode wilayah harus 10 angka (%1)</translation>
    </message>
    <message>
        <source>region code %1 is not in the current Kemendagri list (2025)</source>
        <translation>kode wilayah %1 tidak ada dalam daftar Kemendagri terbaru (2025)</translation>
    </message>
    <message>
        <source>village code %1 is not the village of this vault (%2)</source>
        <translation>kode desa %1 bukan desa brankas ini (%2)</translation>
    </message>
    <message>
        <source>invalid month (%1); write it as YYYY-MM</source>
        <translation>bulan tidak sah (%1); tulis sebagai TTTT-BB</translation>
    </message>
    <message>
        <source>birth date %1 is in the future</source>
        <translation>tanggal lahir %1 ada di masa depan</translation>
    </message>
    <message>
        <source>invalid date (%1); write it as YYYY-MM-DD</source>
        <translation>tanggal tidak sah (%1); tulis sebagai TTTT-BB-HH</translation>
    </message>
    <message>
        <source>%1 is not a valid combination of the listed options</source>
        <translation>%1 bukan gabungan pilihan yang sah</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 bukan bilangan bulat</translation>
    </message>
    <message>
        <source>%1 is not a decimal number with at most 6 decimals</source>
        <translation>%1 bukan bilangan desimal dengan paling banyak 6 angka desimal</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3</source>
        <translation>%1 di luar rentang yang diizinkan, %2 sampai %3</translation>
    </message>
    <message>
        <source>an ID must have 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>ID harus terdiri atas 1 sampai 64 huruf, angka, &apos;-&apos;, atau &apos;_&apos;</translation>
    </message>
    <message>
        <source>unknown questionnaire version (%1)</source>
        <translation>versi kuesioner tidak dikenal (%1)</translation>
    </message>
    <message>
        <source>code %1 is not in the list</source>
        <translation>kode %1 tidak ada dalam daftar</translation>
    </message>
    <message>
        <source>negative number not allowed (%1)</source>
        <translation>bilangan negatif tidak diizinkan (%1)</translation>
    </message>
    <message>
        <source>recorded as pregnant but male</source>
        <translation>tercatat hamil padahal laki-laki</translation>
    </message>
    <message>
        <source>recorded as pregnant at age %1</source>
        <translation>tercatat hamil pada umur %1</translation>
    </message>
    <message>
        <source>age %1: over 100 years, check whether the person has died</source>
        <translation>umur %1: lebih dari 100 tahun, periksa apakah orang ini sudah meninggal</translation>
    </message>
    <message>
        <source>parent of the head is only %1 years older than the head</source>
        <translation>orang tua kepala keluarga hanya %1 tahun lebih tua dari kepala keluarga</translation>
    </message>
    <message>
        <source>child is only %1 years younger than the head</source>
        <translation>anak hanya %1 tahun lebih muda dari kepala keluarga</translation>
    </message>
    <message>
        <source>recorded as ever married at age %1 (legal minimum age 19)</source>
        <translation>tercatat pernah kawin pada umur %1 (batas umur minimal menurut undang-undang: 19 tahun)</translation>
    </message>
    <message>
        <source>job details filled although the person did not work last week</source>
        <translation>rincian pekerjaan terisi padahal tidak bekerja seminggu terakhir</translation>
    </message>
    <message>
        <source>worked last week but %1 working hours recorded</source>
        <translation>bekerja seminggu terakhir tetapi jam kerja tercatat %1</translation>
    </message>
    <message>
        <source>school level &apos;%1&apos; is unlikely at age %2</source>
        <translation>jenjang &apos;%1&apos; tidak wajar untuk umur %2 tahun</translation>
    </message>
    <message>
        <source>land proof filled although the building is not owned</source>
        <translation>bukti lahan terisi padahal bangunan bukan milik sendiri</translation>
    </message>
    <message>
        <source>installed power filled although lighting is not metered PLN electricity</source>
        <translation>daya terpasang terisi padahal penerangan bukan listrik PLN dengan meteran</translation>
    </message>
    <message>
        <source>toilet type filled although the family has no toilet of its own or shared</source>
        <translation>jenis kloset terisi padahal keluarga tidak memiliki fasilitas BAB sendiri atau bersama</translation>
    </message>
    <message>
        <source>nutrition recorded for someone aged 5 or older</source>
        <translation>status gizi tercatat untuk orang berumur 5 tahun atau lebih</translation>
    </message>
    <message>
        <source>business details filled although the person has no business of their own</source>
        <translation>rincian usaha terisi padahal tidak memiliki usaha sendiri</translation>
    </message>
    <message>
        <source>%1 animals is unusually many; check the number</source>
        <translation>jumlah ternak %1 ekor tidak wajar; periksa angkanya</translation>
    </message>
    <message>
        <source>floor area of %1 m² is unusually large; check the number</source>
        <translation>luas lantai %1 m² tidak wajar (terlalu besar); periksa angkanya</translation>
    </message>
    <message>
        <source>required by SIKS-NG but missing</source>
        <translation>wajib diisi untuk SIKS-NG tetapi kosong</translation>
    </message>
    <message>
        <source>evidence required for this proposal is missing</source>
        <translation>bukti yang diwajibkan untuk usulan ini belum ada</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>baris ini memiliki %1 kolom, sedangkan baris judul memiliki %2</translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>nilai wajib kosong</translation>
    </message>
    <message>
        <source>household columns differ from the family&apos;s first row (line %1)</source>
        <translation>isian keluarga berbeda dari baris pertama keluarga itu (baris %1)</translation>
    </message>
    <message>
        <source>person_id is repeated (first on line %1)</source>
        <translation>person_id berulang (pertama di baris %1)</translation>
    </message>
    <message>
        <source>problem with this value</source>
        <translation>ada masalah pada nilai ini</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Excel has turned this NIK into %1 and its digits are lost: format the column as Text and export again</source>
        <translation>Excel telah mengubah NIK ini menjadi %1 dan angka-angkanya hilang: format kolom sebagai Teks lalu ekspor lagi</translation>
    </message>
    <message>
        <source>Excel has turned this KK number into %1 and its digits are lost: format the column as Text and export again</source>
        <translation>Excel telah mengubah nomor KK ini menjadi %1 dan angka-angkanya hilang: format kolom sebagai Teks lalu ekspor lagi</translation>
    </message>
    <message>
        <source>Excel has rounded this number to %1 (it keeps only 15 digits): format the column as Text and export again from the original file</source>
        <translation>Excel telah membulatkan angka ini menjadi %1 (Excel hanya menyimpan 15 angka): format kolom sebagai Teks lalu ekspor lagi dari berkas asli</translation>
    </message>
    <message>
        <source>Excel has removed the zeros at the start of this code: %1 should have %2 digits; format the column as Text and export again</source>
        <translation>Excel telah menghapus angka nol di depan kode ini: %1 seharusnya terdiri atas %2 angka; format kolom sebagai Teks lalu ekspor lagi</translation>
    </message>
    <message>
        <source>Excel has changed this date to %1: format the column as Text, write dates as YYYY-MM-DD and export again</source>
        <translation>Excel telah mengubah tanggal ini menjadi %1: format kolom sebagai Teks, tulis tanggal sebagai TTTT-BB-HH, lalu ekspor lagi</translation>
    </message>
    <message>
        <source>Excel has turned this number into %1 and its digits are lost: format the column as Text and export again</source>
        <translation>Excel telah mengubah angka ini menjadi %1 dan angka-angkanya hilang: format kolom sebagai Teks lalu ekspor lagi</translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <source>%1, %2</source>
        <comment>long date, time</comment>
        <translation>%1, pukul %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, time</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;New village vault…</source>
        <translation>Brankas desa ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Open village vault…</source>
        <translation>&amp;Buka brankas desa…</translation>
    </message>
    <message>
        <source>Open the &amp;demo village</source>
        <translation>Buka &amp;desa contoh</translation>
    </message>
    <message>
        <source>&amp;Import snapshot (CSV)…</source>
        <translation>&amp;Impor data DTSEN (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Ekspor ke CSV…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>&amp;Close village vault</source>
        <translation>&amp;Tutup brankas desa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Household &amp;detail panel</source>
        <translation>Panel &amp;rincian keluarga</translation>
    </message>
    <message>
        <source>&amp;About Verdes</source>
        <translation>&amp;Tentang Verdes</translation>
    </message>
    <message>
        <source>Open &quot;Send to district&quot;</source>
        <translation>Buka &quot;Kirim ke Dinas&quot;</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Village meeting (musdes)</source>
        <translation>Musyawarah desa (musdes)</translation>
    </message>
    <message>
        <source>Special village meeting (musdesus)</source>
        <translation>Musyawarah desa khusus (musdesus)</translation>
    </message>
    <message>
        <source>Kelurahan meeting (muskel)</source>
        <translation>Musyawarah kelurahan (muskel)</translation>
    </message>
    <message>
        <source>Statement of responsibility (SPTJM)</source>
        <translation>Surat pernyataan tanggung jawab mutlak (SPTJM)</translation>
    </message>
    <message>
        <source>Village head / lurah</source>
        <translation>Kepala desa / lurah</translation>
    </message>
    <message>
        <source>Village official</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <source>BPD member</source>
        <translation>Anggota BPD</translation>
    </message>
    <message>
        <source>RT/RW head</source>
        <translation>Ketua RT/RW</translation>
    </message>
    <message>
        <source>PKH facilitator</source>
        <translation>Pendamping PKH</translation>
    </message>
    <message>
        <source>TKSK</source>
        <translation>TKSK</translation>
    </message>
    <message>
        <source>PSM</source>
        <translation>PSM</translation>
    </message>
    <message>
        <source>Village facilitator</source>
        <translation>Pendamping desa</translation>
    </message>
    <message>
        <source>LPM</source>
        <translation>LPM</translation>
    </message>
    <message>
        <source>Babinsa</source>
        <translation>Babinsa</translation>
    </message>
    <message>
        <source>Bhabinkamtibmas</source>
        <translation>Bhabinkamtibmas</translation>
    </message>
    <message>
        <source>Religious, customary or community figure</source>
        <translation>Tokoh agama, adat atau masyarakat</translation>
    </message>
    <message>
        <source>Women&apos;s representative</source>
        <translation>Perwakilan perempuan</translation>
    </message>
    <message>
        <source>Representative of poor households</source>
        <translation>Perwakilan keluarga miskin</translation>
    </message>
    <message>
        <source>District social office</source>
        <translation>Dinas sosial</translation>
    </message>
    <message>
        <source>Camat / sub-district</source>
        <translation>Camat / kecamatan</translation>
    </message>
    <message>
        <source>BPS</source>
        <translation>BPS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Flagged registrants: keep or propose removal</source>
        <translation>Keluarga dengan peringatan: tetap atau diusulkan keluar</translation>
    </message>
    <message>
        <source>New proposals</source>
        <translation>Usulan baru</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Perubahan lainnya</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Keep in the registry</source>
        <translation>Tetap dalam data</translation>
    </message>
    <message>
        <source>Propose removal</source>
        <translation>Diusulkan keluar</translation>
    </message>
    <message>
        <source>By consensus</source>
        <translation>Musyawarah mufakat</translation>
    </message>
    <message>
        <source>By vote</source>
        <translation>Pemungutan suara</translation>
    </message>
    <message>
        <source>%1 (vote: %2 for, %3 against, %4 abstaining)</source>
        <translation>%1 (suara: %2 setuju, %3 tidak setuju, %4 abstain)</translation>
    </message>
    <message>
        <source>%1 (by consensus)</source>
        <translation>%1 (musyawarah mufakat)</translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation>RT %1</translation>
    </message>
    <message>
        <source>RW %1</source>
        <translation>RW %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Pembukaan</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>Menulis lembar kerja…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>&lt;b&gt;Village meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Musyawarah desa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Rapat baru…</translation>
    </message>
    <message>
        <source>Prepare a new meeting (Ctrl+Shift+M)</source>
        <translation>Siapkan rapat baru (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Pimpinan rapat</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Segel</translation>
    </message>
    <message>
        <source>No meeting yet. Prepare one with “New meeting…”: its agenda is built from the proposals that are ready.</source>
        <translation>Belum ada rapat. Siapkan dengan “Rapat baru…”: agendanya disusun dari usulan yang sudah siap.</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>Sealing the meeting</source>
        <translation>Menyegel hasil rapat</translation>
    </message>
    <message>
        <source>Checking the seals of the meetings</source>
        <translation>Memeriksa segel rapat</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Rapat</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Pukul:</translation>
    </message>
    <message>
        <source>09.00</source>
        <translation>09.00</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Balai desa</source>
        <translation>Balai desa</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Pimpinan rapat:</translation>
    </message>
    <message>
        <source>Minute-taker:</source>
        <translation>Notulis:</translation>
    </message>
    <message>
        <source>Addendum to:</source>
        <translation>Adendum atas:</translation>
    </message>
    <message>
        <source>A sealed meeting cannot change: a correction is a new meeting that refers to it</source>
        <translation>Rapat yang sudah disegel tidak dapat diubah: perbaikan dibuat sebagai rapat baru yang merujuk kepadanya</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Daftar &amp;hadir</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>Kemba&amp;li ke daftar</translation>
    </message>
    <message>
        <source>Saves what was changed and goes back to the list of meetings (Alt+Left)</source>
        <translation>Menyimpan perubahan lalu kembali ke daftar rapat (Alt+Kiri)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sim&amp;pan</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s data (Ctrl+S)</source>
        <translation>Simpan data rapat (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Dokumen…</translation>
    </message>
    <message>
        <source>The berita acara, attendance list and BNBA of this meeting</source>
        <translation>Berita acara, daftar hadir, dan BNBA rapat ini</translation>
    </message>
    <message>
        <source>Ru&amp;n the meeting</source>
        <translation>&amp;Mulai rapat</translation>
    </message>
    <message>
        <source>Open the operator&apos;s window and the projector for this meeting</source>
        <translation>Buka jendela operator dan proyektor untuk rapat ini</translation>
    </message>
</context>
<context>
    <name>NewRecordCheck</name>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anggota keluarga baru</translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation>Anggota keluarga baru %1</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Anggota keluarga ke-%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NoticePdf</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · halaman %2 dari %3</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>District hub</source>
        <translation>Server dinas sosial</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;Daftarkan komputer ini…</translation>
    </message>
    <message>
        <source>&amp;Batches of the sealed meetings:</source>
        <translation>&amp;Paket perubahan dari musdes yang sudah disegel:</translation>
    </message>
    <message>
        <source>&amp;Items of the selected batch:</source>
        <translation>&amp;Isi paket yang dipilih:</translation>
    </message>
    <message>
        <source>&amp;Write to USB stick…</source>
        <translation>&amp;Tulis ke flashdisk…</translation>
    </message>
    <message>
        <source>&amp;Import receipt…</source>
        <translation>&amp;Impor tanda terima…</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Kirim sekarang</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Hentikan pengiriman</translation>
    </message>
    <message>
        <source>Import &amp;verdicts from USB…</source>
        <translation>Impor &amp;putusan dari USB…</translation>
    </message>
    <message>
        <source>&amp;Get verdicts</source>
        <translation>&amp;Ambil putusan</translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the data of member %1 of the new household (%2)</source>
        <translation>data anggota keluarga ke-%1 dari keluarga baru (%2)</translation>
    </message>
</context>
<context>
    <name>ProposalChangesView</name>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>When written (base)</source>
        <translation>Saat ditulis (dasar)</translation>
    </message>
    <message>
        <source>In the vault now</source>
        <translation>Di brankas sekarang</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Re-confirm against the current data</source>
        <translation>Konfirmasi ulang dengan data terkini</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>New record data</source>
        <translation>Data baru</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Keluarga:</translation>
    </message>
    <message>
        <source>household id</source>
        <translation>ID keluarga</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <source>Member(s):</source>
        <translation>Anggota keluarga:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Saluran:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Why this change is needed, in plain words</source>
        <translation>Mengapa perubahan ini perlu, dengan kata-kata sederhana</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>Not found: destination unknown</source>
        <translation>Tidak ditemukan: tujuan tidak diketahui</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Last known address:</source>
        <translation>Alamat terakhir yang diketahui:</translation>
    </message>
    <message>
        <source>A birth (the birth certificate is required)</source>
        <translation>Kelahiran (akta kelahiran wajib)</translation>
    </message>
    <message>
        <source>New KK number:</source>
        <translation>Nomor KK baru:</translation>
    </message>
    <message>
        <source>KK change:</source>
        <translation>Perubahan KK:</translation>
    </message>
    <message>
        <source>New head:</source>
        <translation>Kepala keluarga baru:</translation>
    </message>
    <message>
        <source>The old head died (the death certificate is required)</source>
        <translation>Kepala keluarga lama meninggal (akta kematian wajib)</translation>
    </message>
    <message>
        <source>Ineligible because:</source>
        <translation>Tidak layak karena:</translation>
    </message>
    <message>
        <source>Other reason:</source>
        <translation>Alasan lain:</translation>
    </message>
    <message>
        <source>Programmes:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivasi</translation>
    </message>
    <message>
        <source>Objector&apos;s name:</source>
        <translation>Nama penyanggah:</translation>
    </message>
    <message>
        <source>Objector&apos;s address (RT/RW):</source>
        <translation>Alamat penyanggah (RT/RW):</translation>
    </message>
    <message>
        <source>Other record (household id):</source>
        <translation>Data lain (ID keluarga):</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Lintang:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Bujur:</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Perbaikan:</translation>
    </message>
</context>
<context>
    <name>ProposalListPage</name>
    <message>
        <source> · target gone</source>
        <translation> · keluarga tidak ada lagi</translation>
    </message>
    <message>
        <source> · stale</source>
        <translation> · perlu dikonfirmasi ulang</translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>%1 (proposal %2)</source>
        <translation>%1 (usulan %2)</translation>
    </message>
</context>
<context>
    <name>ProposalState</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready for the meeting</source>
        <translation>Siap untuk musdes</translation>
    </message>
    <message>
        <source>On the meeting agenda</source>
        <translation>Masuk agenda musdes</translation>
    </message>
    <message>
        <source>Covered by an SPTJM</source>
        <translation>Masuk SPTJM</translation>
    </message>
    <message>
        <source>Agreed in the meeting</source>
        <translation>Disetujui musdes</translation>
    </message>
    <message>
        <source>Rejected in the meeting</source>
        <translation>Ditolak musdes</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Sealed in signed minutes</source>
        <translation>Dalam berita acara bertanda tangan</translation>
    </message>
    <message>
        <source>In a batch for the district</source>
        <translation>Dalam kiriman ke dinas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Received by the district</source>
        <translation>Diterima dinas</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Sedang diperiksa</translation>
    </message>
    <message>
        <source>Returned to the village</source>
        <translation>Dikembalikan ke desa</translation>
    </message>
    <message>
        <source>Ground check assigned</source>
        <translation>Menunggu verifikasi lapangan</translation>
    </message>
    <message>
        <source>Ground check done</source>
        <translation>Verifikasi lapangan selesai</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected by the district</source>
        <translation>Ditolak dinas</translation>
    </message>
    <message>
        <source>Forwarded to Kemensos/BPS</source>
        <translation>Diteruskan ke Kemensos/BPS</translation>
    </message>
    <message>
        <source>Reflected in the registry</source>
        <translation>Tercermin di data DTSEN</translation>
    </message>
    <message>
        <source>Not reflected in the registry</source>
        <translation>Tidak tercermin di data DTSEN</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
</context>
<context>
    <name>ProposalType</name>
    <message>
        <source>New household</source>
        <translation>Keluarga baru</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>Member deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Member moved out</source>
        <translation>Pindah</translation>
    </message>
    <message>
        <source>Member working abroad</source>
        <translation>Ke luar negeri</translation>
    </message>
    <message>
        <source>Member not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Household moved</source>
        <translation>Keluarga pindah</translation>
    </message>
    <message>
        <source>Data update</source>
        <translation>Pembaruan data</translation>
    </message>
    <message>
        <source>Identity correction</source>
        <translation>Koreksi identitas</translation>
    </message>
    <message>
        <source>Family card change</source>
        <translation>Perubahan KK</translation>
    </message>
    <message>
        <source>New head of household</source>
        <translation>Ganti kepala keluarga</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Tidak layak</translation>
    </message>
    <message>
        <source>Social assistance proposal</source>
        <translation>Usulan bansos</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Sanggahan</translation>
    </message>
    <message>
        <source>Withdrawal from assistance</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Duplicate record</source>
        <translation>Data ganda</translation>
    </message>
    <message>
        <source>identity card (KTP)</source>
        <translation>KTP</translation>
    </message>
    <message>
        <source>family card (KK)</source>
        <translation>kartu keluarga (KK)</translation>
    </message>
    <message>
        <source>birth certificate</source>
        <translation>akta kelahiran</translation>
    </message>
    <message>
        <source>death certificate or village death letter</source>
        <translation>akta kematian atau surat keterangan kematian dari desa</translation>
    </message>
    <message>
        <source>moving letter</source>
        <translation>surat pindah</translation>
    </message>
    <message>
        <source>photos of the house (front, inside, side)</source>
        <translation>foto rumah (depan, dalam, samping)</translation>
    </message>
    <message>
        <source>location coordinates</source>
        <translation>titik koordinat lokasi</translation>
    </message>
    <message>
        <source>letter of low income (SKTM)</source>
        <translation>surat keterangan tidak mampu (SKTM)</translation>
    </message>
    <message>
        <source>letter from the RT/RW</source>
        <translation>surat pengantar RT/RW</translation>
    </message>
    <message>
        <source>electricity bill</source>
        <translation>rekening listrik</translation>
    </message>
    <message>
        <source>proof of employment</source>
        <translation>bukti pekerjaan</translation>
    </message>
    <message>
        <source>signed statement</source>
        <translation>surat pernyataan bertanda tangan</translation>
    </message>
    <message>
        <source>the reason for the proposal</source>
        <translation>alasan usulan</translation>
    </message>
    <message>
        <source>the household concerned</source>
        <translation>keluarga yang bersangkutan</translation>
    </message>
    <message>
        <source>the family member(s) concerned</source>
        <translation>anggota keluarga yang bersangkutan</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>the date of death</source>
        <translation>tanggal meninggal</translation>
    </message>
    <message>
        <source>the new address or destination (or that it is unknown)</source>
        <translation>alamat baru atau tujuan pindah (atau keterangan tidak diketahui)</translation>
    </message>
    <message>
        <source>the last known address</source>
        <translation>alamat terakhir yang diketahui</translation>
    </message>
    <message>
        <source>at least one corrected value</source>
        <translation>paling sedikit satu isian yang diperbaiki</translation>
    </message>
    <message>
        <source>the data of the new household and its head</source>
        <translation>data keluarga baru dan kepala keluarganya</translation>
    </message>
    <message>
        <source>the new member&apos;s name, sex, birth date and relationship</source>
        <translation>nama, jenis kelamin, tanggal lahir, dan hubungan anggota baru dengan kepala keluarga</translation>
    </message>
    <message>
        <source>the new family card number (16 digits)</source>
        <translation>nomor KK baru (16 angka)</translation>
    </message>
    <message>
        <source>the new head of household</source>
        <translation>kepala keluarga baru</translation>
    </message>
    <message>
        <source>the reason code (TL01–TL99; for TL99 the reason in words)</source>
        <translation>kode alasan (TL01–TL99; untuk TL99 tuliskan alasannya)</translation>
    </message>
    <message>
        <source>the programme(s)</source>
        <translation>program bansos</translation>
    </message>
    <message>
        <source>the objector&apos;s name and address in this village</source>
        <translation>nama dan alamat penyanggah di desa ini</translation>
    </message>
    <message>
        <source>the duplicate record</source>
        <translation>data yang ganda</translation>
    </message>
    <message>
        <source>Village operator</source>
        <translation>Operator desa</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Walk-in at the office</source>
        <translation>Datang ke kantor desa</translation>
    </message>
    <message>
        <source>Cek Bansos application</source>
        <translation>Aplikasi Cek Bansos</translation>
    </message>
    <message>
        <source>Objection by a resident</source>
        <translation>Sanggahan warga</translation>
    </message>
    <message>
        <source>address not found</source>
        <translation>alamat tidak ditemukan</translation>
    </message>
    <message>
        <source>person not found</source>
        <translation>orang tidak ditemukan</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>meninggal dunia</translation>
    </message>
    <message>
        <source>civil servant, TNI or Polri</source>
        <translation>ASN, TNI, atau Polri</translation>
    </message>
    <message>
        <source>family of a civil servant, TNI or Polri</source>
        <translation>keluarga ASN, TNI, atau Polri</translation>
    </message>
    <message>
        <source>well-off, does not meet the criteria</source>
        <translation>mampu, tidak memenuhi kriteria</translation>
    </message>
    <message>
        <source>pensioner of a civil servant, TNI or Polri</source>
        <translation>pensiunan ASN, TNI, atau Polri</translation>
    </message>
    <message>
        <source>certified teacher</source>
        <translation>guru bersertifikasi</translation>
    </message>
    <message>
        <source>regular income from the state or regional budget</source>
        <translation>berpenghasilan tetap dari APBN/APBD</translation>
    </message>
    <message>
        <source>refuses aid and PBI-JK</source>
        <translation>menolak bansos dan PBI-JK</translation>
    </message>
    <message>
        <source>income above the provincial minimum wage</source>
        <translation>penghasilan di atas UMP</translation>
    </message>
    <message>
        <source>PPPK, BUMN or BUMD staff</source>
        <translation>pegawai PPPK, BUMN, atau BUMD</translation>
    </message>
    <message>
        <source>assets (vehicle, electricity use, house, jewellery)</source>
        <translation>memiliki aset (kendaraan, daya listrik, rumah mewah, perhiasan)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>data ganda</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>alasan lain</translation>
    </message>
    <message>
        <source>PKH</source>
        <translation>PKH</translation>
    </message>
    <message>
        <source>Sembako (BPNT)</source>
        <translation>Sembako (BPNT)</translation>
    </message>
    <message>
        <source>PBI-JK health insurance</source>
        <translation>PBI-JK (jaminan kesehatan)</translation>
    </message>
    <message>
        <source>new household</source>
        <translation>keluarga baru</translation>
    </message>
    <message>
        <source>new member</source>
        <translation>anggota baru</translation>
    </message>
    <message>
        <source>household</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota keluarga</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QualityChecker</name>
    <message>
        <source>Checking the records…</source>
        <translation>Memeriksa data…</translation>
    </message>
</context>
<context>
    <name>QualityText</name>
    <message>
        <source>Deceased member</source>
        <translation>Anggota meninggal</translation>
    </message>
    <message>
        <source>Deceased head of family</source>
        <translation>Kepala keluarga meninggal</translation>
    </message>
    <message>
        <source>Very old member</source>
        <translation>Anggota berusia sangat lanjut</translation>
    </message>
    <message>
        <source>Member moved, abroad or not found</source>
        <translation>Anggota pindah, ke luar negeri, atau tidak ditemukan</translation>
    </message>
    <message>
        <source>Whole family moved</source>
        <translation>Seluruh keluarga pindah</translation>
    </message>
    <message>
        <source>Civil servant, TNI or Polri</source>
        <translation>ASN, TNI, atau Polri</translation>
    </message>
    <message>
        <source>Civil-service pension</source>
        <translation>Pensiunan ASN</translation>
    </message>
    <message>
        <source>Formal job</source>
        <translation>Pekerjaan formal</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Large house</source>
        <translation>Rumah besar</translation>
    </message>
    <message>
        <source>Large business</source>
        <translation>Usaha besar</translation>
    </message>
    <message>
        <source>PBI-JK at risk</source>
        <translation>PBI-JK terancam nonaktif</translation>
    </message>
    <message>
        <source>Possibly left out</source>
        <translation>Mungkin terlewat</translation>
    </message>
    <message>
        <source>Duplicate NIK</source>
        <translation>NIK ganda</translation>
    </message>
    <message>
        <source>Number of heads</source>
        <translation>Jumlah kepala keluarga</translation>
    </message>
    <message>
        <source>Several spouses</source>
        <translation>Beberapa istri/suami</translation>
    </message>
    <message>
        <source>Shared KK number</source>
        <translation>Nomor KK sama</translation>
    </message>
    <message>
        <source>Implausible age gap</source>
        <translation>Selisih umur tidak wajar</translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation>Peringatan impor</translation>
    </message>
    <message>
        <source>Unknown check %1.</source>
        <translation>Pemeriksaan %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Recorded as deceased on %1 but still listed in the family.</source>
        <translation>Tercatat meninggal pada %1 tetapi masih tercantum dalam keluarga.</translation>
    </message>
    <message>
        <source>Recorded as deceased but still listed in the family.</source>
        <translation>Tercatat meninggal tetapi masih tercantum dalam keluarga.</translation>
    </message>
    <message>
        <source>The head of the family is recorded as deceased: the family needs a new head.</source>
        <translation>Kepala keluarga tercatat meninggal: keluarga memerlukan kepala keluarga baru.</translation>
    </message>
    <message>
        <source>Aged %1: check whether this person is still alive.</source>
        <translation>Berumur %1 tahun: periksa apakah orang ini masih hidup.</translation>
    </message>
    <message>
        <source>Recorded as living or working abroad but still listed in the family.</source>
        <translation>Tercatat tinggal atau bekerja di luar negeri tetapi masih tercantum dalam keluarga.</translation>
    </message>
    <message>
        <source>Recorded as not found but still listed in the family.</source>
        <translation>Tercatat tidak ditemukan tetapi masih tercantum dalam keluarga.</translation>
    </message>
    <message>
        <source>Recorded as moved elsewhere in Indonesia but still listed in the family.</source>
        <translation>Tercatat pindah ke tempat lain di Indonesia tetapi masih tercantum dalam keluarga.</translation>
    </message>
    <message>
        <source>Nobody of this family lives here any more (%1 moved, abroad or not found).</source>
        <translation>Tidak ada lagi anggota keluarga ini yang tinggal di sini (%1 pindah, ke luar negeri, atau tidak ditemukan).</translation>
    </message>
    <message>
        <source>A civil servant, soldier or police officer in a family that receives aid.</source>
        <translation>Seorang ASN, anggota TNI, atau Polri dalam keluarga penerima bantuan.</translation>
    </message>
    <message>
        <source>Receives a civil-service pension (Taspen) in a family that receives aid.</source>
        <translation>Menerima pensiun ASN (Taspen) dalam keluarga penerima bantuan.</translation>
    </message>
    <message>
        <source>Health insurance paid by an employer in a family that receives aid: check for a regular income.</source>
        <translation>Jaminan kesehatan dibayar pemberi kerja dalam keluarga penerima bantuan: periksa apakah ada penghasilan tetap.</translation>
    </message>
    <message>
        <source>Owns things that do not fit a poor family: check the desil and the aid.</source>
        <translation>Memiliki aset yang tidak sesuai dengan keluarga miskin: periksa desil dan bantuannya.</translation>
    </message>
    <message>
        <source>The same NIK is recorded for %1 active members.</source>
        <translation>NIK yang sama tercatat pada %1 anggota aktif.</translation>
    </message>
    <message>
        <source>%1 heads among the members who live here; a family has exactly one.</source>
        <translation>Ada %1 kepala keluarga di antara anggota yang tinggal di sini; satu keluarga hanya memiliki satu.</translation>
    </message>
    <message>
        <source>%1 spouses of the head are listed.</source>
        <translation>Tercantum %1 istri/suami kepala keluarga.</translation>
    </message>
    <message>
        <source>The same KK number is on %1 families.</source>
        <translation>Nomor KK yang sama tercantum pada %1 keluarga.</translation>
    </message>
    <message>
        <source>Only %1 years apart from the head of the family: check the birth dates and the relationship.</source>
        <translation>Hanya berselisih %1 tahun dengan kepala keluarga: periksa tanggal lahir dan hubungan keluarganya.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>evidence item: label, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>An elderly person living alone</source>
        <translation>Lansia yang tinggal sendiri</translation>
    </message>
    <message>
        <source>Birth date of the head</source>
        <translation>Tanggal lahir kepala keluarga</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Families with this KK number</source>
        <translation>Keluarga dengan nomor KK ini</translation>
    </message>
    <message>
        <source>Heads of family living here</source>
        <translation>Kepala keluarga yang tinggal di sini</translation>
    </message>
    <message>
        <source>Active members with this NIK</source>
        <translation>Anggota aktif dengan NIK ini</translation>
    </message>
    <message>
        <source>Members moved, abroad or not found</source>
        <translation>Anggota yang pindah, di luar negeri, atau tidak ditemukan</translation>
    </message>
    <message>
        <source>Members living here</source>
        <translation>Anggota yang tinggal di sini</translation>
    </message>
    <message>
        <source>Members with a serious functional difficulty</source>
        <translation>Anggota dengan kesulitan fungsional berat</translation>
    </message>
    <message>
        <source>Electricity meters</source>
        <translation>Meteran listrik</translation>
    </message>
    <message>
        <source>Members with PBI-JK</source>
        <translation>Anggota dengan PBI-JK</translation>
    </message>
    <message>
        <source>Spouses of the head</source>
        <translation>Istri/suami kepala keluarga</translation>
    </message>
    <message>
        <source>A large house (%1 m²) with a ceramic or marble floor, yet in a low desil or receiving aid.</source>
        <translation>Rumah besar (%1 m²) berlantai keramik atau marmer, padahal keluarga ini masuk desil rendah atau menerima bantuan.</translation>
    </message>
    <message>
        <source>A business with a large turnover, yet in a low desil or receiving aid.</source>
        <translation>Usaha dengan omzet besar, padahal keluarga ini masuk desil rendah atau menerima bantuan.</translation>
    </message>
    <message>
        <source>%1 members have PBI-JK but the family is in desil %2: their health cover may be stopped. Tell the family.</source>
        <translation>%1 anggota memiliki PBI-JK, tetapi keluarga ini masuk desil %2: jaminan kesehatan mereka bisa dihentikan. Beri tahu keluarganya.</translation>
    </message>
    <message>
        <source>%1 signs of poverty, yet no desil or a high one, and no aid: the family may have been left out.</source>
        <translation>Ada %1 ciri kemiskinan, tetapi keluarga ini belum masuk desil atau desilnya tinggi, dan tidak menerima bantuan: keluarga ini mungkin terlewat.</translation>
    </message>
</context>
<context>
    <name>ReadyProposalPicker</name>
    <message>
        <source>Add proposals to the agenda</source>
        <translation>Tambah usulan ke agenda</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Centang &amp;semua</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Kosongkan centang</translation>
    </message>
</context>
<context>
    <name>ReenrolmentPage</name>
    <message>
        <source>The dinas sosial has revoked this laptop&apos;s enrolment</source>
        <translation>Dinas sosial telah mencabut pendaftaran komputer ini</translation>
    </message>
    <message>
        <source>What to do:
1. Contact the dinas sosial and ask why this laptop&apos;s enrolment was revoked.
2. Make a new enrolment request below, and read its fingerprint to the district officer.
3. Import the answer they send you. The vault then opens as before, and the batches still waiting go to the district again.</source>
        <translation>Yang perlu dilakukan:
1. Hubungi dinas sosial dan tanyakan mengapa pendaftaran komputer ini dicabut.
2. Buat permintaan pendaftaran baru di bawah ini, lalu bacakan sidik jarinya kepada petugas dinas sosial.
3. Impor jawaban yang dikirim dinas sosial. Brankas akan terbuka seperti biasa, dan paket perubahan yang masih menunggu dikirim lagi ke dinas sosial.</translation>
    </message>
    <message>
        <source>Make a &amp;new enrolment request…</source>
        <translation>Buat permintaan pendaftaran &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Import the district&apos;s answer…</source>
        <translation>&amp;Impor jawaban dinas sosial…</translation>
    </message>
</context>
<context>
    <name>RegionTable</name>
    <message>
        <source>Kelurahan %1</source>
        <translation>Kelurahan %1</translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation>Desa %1</translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>Prov. %1</source>
        <translation>Prov. %1</translation>
    </message>
</context>
<context>
    <name>ReviewClaims</name>
    <message>
        <source>An item is taken for 1 to %1 days.</source>
        <translation>Butir diambil selama 1 sampai %1 hari.</translation>
    </message>
    <message>
        <source>Name 1 to %1 items to take or release.</source>
        <translation>Sebutkan 1 sampai %1 butir untuk diambil atau dilepaskan.</translation>
    </message>
</context>
<context>
    <name>ReviewCodes</name>
    <message>
        <source>Evidence missing</source>
        <translation>Bukti belum lengkap</translation>
    </message>
    <message>
        <source>A required field is missing</source>
        <translation>Ada isian wajib yang kosong</translation>
    </message>
    <message>
        <source>Minutes (berita acara) or attendance list missing</source>
        <translation>Berita acara atau daftar hadir tidak ada</translation>
    </message>
    <message>
        <source>Does not agree with the family card (KK)</source>
        <translation>Tidak sesuai dengan kartu keluarga (KK)</translation>
    </message>
    <message>
        <source>Other reason for returning</source>
        <translation>Alasan pengembalian lain</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Tidak layak</translation>
    </message>
    <message>
        <source>Not found at the address</source>
        <translation>Tidak ditemukan di alamat</translation>
    </message>
    <message>
        <source>NIK does not match the population register</source>
        <translation>NIK tidak padan dengan data kependudukan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Outside the area</source>
        <translation>Di luar wilayah</translation>
    </message>
    <message>
        <source>Other reason for rejecting</source>
        <translation>Alasan penolakan lain</translation>
    </message>
    <message>
        <source>Verified on the ground</source>
        <translation>Terverifikasi di lapangan</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Moved, or the building is gone</source>
        <translation>Pindah, atau bangunan sudah tidak ada</translation>
    </message>
    <message>
        <source>Part of another household</source>
        <translation>Bagian dari rumah tangga lain</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation>Tidak layak lagi</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <source>Matched (padan)</source>
        <translation>Padan</translation>
    </message>
    <message>
        <source>Not matched (tidak padan)</source>
        <translation>Tidak padan</translation>
    </message>
    <message>
        <source>Other reason for returning (%1)</source>
        <translation>Alasan pengembalian lain (%1)</translation>
    </message>
    <message>
        <source>Other reason for rejecting (%1)</source>
        <translation>Alasan penolakan lain (%1)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReviewItemView</name>
    <message>
        <source>&amp;Evidence (Enter opens it large):</source>
        <translation>&amp;Bukti (Enter membukanya besar):</translation>
    </message>
    <message>
        <source>Also pending for this household:</source>
        <translation>Butir lain keluarga ini yang masih ditinjau:</translation>
    </message>
    <message>
        <source>Verdicts on this item:</source>
        <translation>Putusan atas butir ini:</translation>
    </message>
    <message>
        <source>&amp;Take item</source>
        <translation>Ambil &amp;butir</translation>
    </message>
    <message>
        <source>Take the item through the hub for a day: nobody else&apos;s verdict on it is accepted meanwhile</source>
        <translation>Ambil butir ini melalui server dinas sosial selama sehari: selama itu putusan orang lain atas butir ini tidak diterima</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Lepaskan</translation>
    </message>
    <message>
        <source>Give the item back, for another reviewer to take</source>
        <translation>Kembalikan butir ini agar dapat diambil peninjau lain</translation>
    </message>
</context>
<context>
    <name>ReviewProgressView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Flagged registrant</source>
        <translation>Terdaftar bertanda</translation>
    </message>
    <message>
        <source>&amp;Export approved items…</source>
        <translation>&amp;Ekspor butir disetujui…</translation>
    </message>
    <message>
        <source>The approved items as BNBA (.xlsx and .csv) with a signed manifest, for forwarding to the ministry</source>
        <translation>Butir yang disetujui sebagai BNBA (.xlsx dan .csv) dengan manifes bertanda tangan, untuk diteruskan ke kementerian</translation>
    </message>
</context>
<context>
    <name>ReviewQueueView</name>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Incomplete only</source>
        <translation>Hanya yang &amp;belum lengkap</translation>
    </message>
    <message>
        <source>&amp;Waiting longer than:</source>
        <translation>&amp;Menunggu lebih dari:</translation>
    </message>
    <message>
        <source>Open the i&amp;tem</source>
        <translation>Buka &amp;butir</translation>
    </message>
    <message>
        <source>For the selected items:</source>
        <translation>Untuk butir yang dipilih:</translation>
    </message>
    <message>
        <source>Ve&amp;rify…</source>
        <translation>&amp;Verifikasi…</translation>
    </message>
    <message>
        <source>Ret&amp;urn…</source>
        <translation>&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Se&amp;tujui…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>T&amp;olak…</translation>
    </message>
    <message>
        <source>&amp;Taken by me</source>
        <translation>&amp;Milik saya</translation>
    </message>
    <message>
        <source>Only the items you took through the hub</source>
        <translation>Hanya butir yang Anda ambil melalui server dinas sosial</translation>
    </message>
    <message>
        <source>Take every item of this &amp;village for a field visit…</source>
        <translation>Ambil semua butir &amp;desa ini untuk kunjungan lapangan…</translation>
    </message>
    <message>
        <source>Choose a village above first; nobody else&apos;s verdict on its items is accepted for the days you take them</source>
        <translation>Pilih desa di atas lebih dulu; selama hari-hari Anda mengambilnya, putusan orang lain atas butir desa itu tidak diterima</translation>
    </message>
    <message>
        <source>for:</source>
        <translation>selama:</translation>
    </message>
</context>
<context>
    <name>ReviewVerdicts</name>
    <message>
        <source>a return needs its reason, a code from RT01 to RT99.</source>
        <translation>pengembalian memerlukan alasan, kode RT01 sampai RT99.</translation>
    </message>
    <message>
        <source>a rejection needs its reason, a code from RJ01 to RJ99.</source>
        <translation>penolakan memerlukan alasan, kode RJ01 sampai RJ99.</translation>
    </message>
    <message>
        <source>only a return or a rejection takes a reason code.</source>
        <translation>hanya pengembalian atau penolakan yang memakai kode alasan.</translation>
    </message>
    <message>
        <source>a ground check needs the name of the facilitator who visits.</source>
        <translation>verifikasi lapangan memerlukan nama pendamping yang berkunjung.</translation>
    </message>
    <message>
        <source>only a ground check being assigned names a facilitator.</source>
        <translation>hanya penugasan verifikasi lapangan yang menyebut pendamping.</translation>
    </message>
    <message>
        <source>the result of the ground check is missing.</source>
        <translation>hasil verifikasi lapangan belum diisi.</translation>
    </message>
    <message>
        <source>only a ground check done has a result.</source>
        <translation>hanya verifikasi lapangan yang sudah selesai yang punya hasil.</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters.</source>
        <translation>catatan lebih panjang dari %1 karakter.</translation>
    </message>
</context>
<context>
    <name>ReviewerPage</name>
    <message>
        <source>Received for review</source>
        <translation>Diterima untuk ditinjau</translation>
    </message>
    <message>
        <source>Make a request &amp;file for the hub…</source>
        <translation>Buat berkas &amp;permintaan untuk server…</translation>
    </message>
    <message>
        <source>&amp;Import batches from a file…</source>
        <translation>&amp;Impor paket perubahan dari berkas…</translation>
    </message>
    <message>
        <source>Reviewers of this office</source>
        <translation>Peninjau di kantor ini</translation>
    </message>
    <message>
        <source>Your enrolment with the district hub</source>
        <translation>Pendaftaran Anda ke server dinas sosial</translation>
    </message>
    <message>
        <source>Your verdicts are signed with a key of your own, which the district hub must know. 1. Make your enrolment request and take the file to the hub&apos;s operator, with the fingerprint below read aloud or printed. 2. Import the answer the operator gives you, and type the hub&apos;s fingerprint they tell you.</source>
        <translation>Keputusan Anda ditandatangani dengan kunci milik Anda sendiri, yang harus dikenal oleh server dinas sosial. 1. Buat permintaan pendaftaran Anda dan bawa berkasnya ke operator server, dengan sidik jari di bawah ini dibacakan atau dicetak. 2. Impor jawaban yang diberikan operator, lalu ketik sidik jari server yang ia sebutkan.</translation>
    </message>
    <message>
        <source>Make my enrolment &amp;request…</source>
        <translation>Buat &amp;permintaan pendaftaran saya…</translation>
    </message>
    <message>
        <source>Import the hub&apos;s &amp;answer…</source>
        <translation>Impor &amp;jawaban server…</translation>
    </message>
    <message>
        <source>Hub&apos;s &amp;fingerprint, as the operator told you:</source>
        <translation>&amp;Sidik jari server, seperti yang disebutkan operator:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <source>Verdicts for the hub</source>
        <translation>Putusan untuk server dinas sosial</translation>
    </message>
    <message>
        <source>&amp;Save verdicts to USB…</source>
        <translation>&amp;Simpan putusan ke USB…</translation>
    </message>
    <message>
        <source>Import the hub&apos;s receipt for &amp;verdicts…</source>
        <translation>Impor tanda terima &amp;putusan…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Antrean</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Kemajuan</translation>
    </message>
</context>
<context>
    <name>ReviewerRole</name>
    <message>
        <source>Verifier</source>
        <translation>Verifikator</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>Kepala dinas</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>look at the registry</source>
        <translation>melihat data DTSEN</translation>
    </message>
    <message>
        <source>reveal identity numbers</source>
        <translation>melihat nomor identitas lengkap</translation>
    </message>
    <message>
        <source>import a snapshot</source>
        <translation>mengimpor data DTSEN</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>mengekspor data pribadi</translation>
    </message>
    <message>
        <source>create proposals</source>
        <translation>membuat usulan</translation>
    </message>
    <message>
        <source>edit proposals</source>
        <translation>mengubah usulan</translation>
    </message>
    <message>
        <source>mark proposals ready for the meeting</source>
        <translation>menandai usulan siap untuk musdes</translation>
    </message>
    <message>
        <source>withdraw proposals</source>
        <translation>menarik usulan</translation>
    </message>
    <message>
        <source>put proposals on the meeting agenda</source>
        <translation>memasukkan usulan ke agenda musdes</translation>
    </message>
    <message>
        <source>record meeting decisions</source>
        <translation>mencatat keputusan musdes</translation>
    </message>
    <message>
        <source>confirm meeting decisions</source>
        <translation>mengesahkan keputusan musdes</translation>
    </message>
    <message>
        <source>sign the minutes</source>
        <translation>menandatangani berita acara</translation>
    </message>
    <message>
        <source>witness the minutes</source>
        <translation>menjadi saksi berita acara</translation>
    </message>
    <message>
        <source>sign an SPTJM</source>
        <translation>menandatangani SPTJM</translation>
    </message>
    <message>
        <source>run the data-quality checks</source>
        <translation>menjalankan pemeriksaan kualitas data</translation>
    </message>
    <message>
        <source>dismiss data-quality flags</source>
        <translation>mengabaikan peringatan kualitas data</translation>
    </message>
    <message>
        <source>manage officers</source>
        <translation>mengelola petugas</translation>
    </message>
    <message>
        <source>change the vault&apos;s settings</source>
        <translation>mengubah pengaturan brankas</translation>
    </message>
    <message>
        <source>Village operator</source>
        <translation>Operator desa</translation>
    </message>
    <message>
        <source>Meeting secretary</source>
        <translation>Sekretaris musdes</translation>
    </message>
    <message>
        <source>Meeting chair</source>
        <translation>Pimpinan musdes</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Kepala desa</translation>
    </message>
    <message>
        <source>BPD member</source>
        <translation>Anggota BPD</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Pengamat</translation>
    </message>
    <message>
        <source>Imports snapshots, runs the checks and prepares change proposals.</source>
        <translation>Mengimpor data DTSEN, menjalankan pemeriksaan, dan menyiapkan usulan perubahan.</translation>
    </message>
    <message>
        <source>Records the decisions of the village meeting.</source>
        <translation>Mencatat keputusan musyawarah desa.</translation>
    </message>
    <message>
        <source>Confirms the decisions of the village meeting and signs the minutes.</source>
        <translation>Mengesahkan keputusan musyawarah desa dan menandatangani berita acara.</translation>
    </message>
    <message>
        <source>Signs the minutes and the SPTJM, and manages the officers.</source>
        <translation>Menandatangani berita acara dan SPTJM, serta mengelola petugas.</translation>
    </message>
    <message>
        <source>Witnesses the village meeting.</source>
        <translation>Menjadi saksi musyawarah desa.</translation>
    </message>
    <message>
        <source>Can look at the registry but change nothing.</source>
        <translation>Dapat melihat data DTSEN tetapi tidak dapat mengubah apa pun.</translation>
    </message>
    <message>
        <source>send change batches to the district</source>
        <translation>mengirim paket perubahan ke dinas sosial</translation>
    </message>
    <message>
        <source>enrol this laptop with the district</source>
        <translation>mendaftarkan komputer ini ke dinas sosial</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifikator</translation>
    </message>
    <message>
        <source>Office head</source>
        <translation>Kepala dinas</translation>
    </message>
    <message>
        <source>Checks the villages&apos; proposals, returns incomplete ones, assigns ground checks and verifies.</source>
        <translation>Memeriksa usulan desa, mengembalikan yang belum lengkap, menugaskan pemeriksaan lapangan, dan memverifikasi.</translation>
    </message>
    <message>
        <source>Approves or rejects the verified proposals, and manages the officers.</source>
        <translation>Menyetujui atau menolak usulan yang sudah diverifikasi, dan mengelola petugas.</translation>
    </message>
    <message>
        <source>review the villages&apos; proposals</source>
        <translation>meninjau usulan desa</translation>
    </message>
    <message>
        <source>approve or reject verified proposals</source>
        <translation>menyetujui atau menolak usulan yang sudah diverifikasi</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>the passphrase is too long</source>
        <translation>kata sandi terlalu panjang</translation>
    </message>
    <message>
        <source>nothing was typed</source>
        <translation>tidak ada yang diketik</translation>
    </message>
    <message>
        <source>give the passphrase on the first line of standard input</source>
        <translation>berikan kata sandi pada baris pertama masukan standar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Bahasa tampilan:</translation>
    </message>
    <message>
        <source>&amp;Lock automatically after:</source>
        <translation>&amp;Kunci otomatis setelah:</translation>
    </message>
    <message>
        <source>&amp;Mask NIK and KK numbers in lists (recommended)</source>
        <translation>&amp;Samarkan NIK dan nomor KK di daftar (disarankan)</translation>
    </message>
    <message>
        <source>The new language is used the next time Verdes starts.</source>
        <translation>Bahasa baru dipakai saat Verdes dijalankan lagi.</translation>
    </message>
    <message>
        <source>Monthly &amp;cut-off day:</source>
        <translation>&amp;Tanggal batas bulanan:</translation>
    </message>
    <message>
        <source>The day of the month by which a musdes&apos;s decisions must be entered to count for that month</source>
        <translation>Tanggal dalam bulan sebagai batas input hasil musdes agar dihitung untuk bulan itu</translation>
    </message>
    <message>
        <source>E&amp;xpected at a musdes:</source>
        <translation>&amp;Perkiraan hadir di musdes:</translation>
    </message>
    <message>
        <source>How many are invited, for the quorum indicator (it never blocks a meeting)</source>
        <translation>Jumlah yang diundang, untuk penanda kuorum (tidak pernah menghalangi rapat)</translation>
    </message>
</context>
<context>
    <name>SnapshotAge</name>
    <message>
        <source>The registry data here was imported on %1, %2 days ago: BPS re-ranks every three months, so deaths, moves and new desil values since then are missing. Ask the dinas sosial for the newest snapshot and import it.</source>
        <translation>Data DTSEN di brankas ini diimpor pada %1, %2 hari yang lalu: BPS memperbarui desil setiap tiga bulan, sehingga kematian, kepindahan, dan desil baru sejak itu belum ada di sini. Mintalah data DTSEN terbaru ke dinas sosial, lalu impor.</translation>
    </message>
</context>
<context>
    <name>SnapshotConflictDialog</name>
    <message>
        <source>Proposal and the new DTSEN data</source>
        <translation>Usulan dan data DTSEN baru</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>When written (base)</source>
        <translation>Saat ditulis (dasar)</translation>
    </message>
    <message>
        <source>DTSEN data now</source>
        <translation>Data DTSEN sekarang</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>&amp;Keep the proposed value</source>
        <translation>&amp;Pertahankan nilai usulan</translation>
    </message>
    <message>
        <source>The proposal keeps its value, now based on the DTSEN data (Alt+K)</source>
        <translation>Usulan mempertahankan nilainya, kini berdasarkan data DTSEN (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Take the DTSEN value</source>
        <translation>&amp;Ambil nilai DTSEN</translation>
    </message>
    <message>
        <source>The DTSEN data&apos;s value stays: this change is dropped from the proposal (Alt+T)</source>
        <translation>Nilai data DTSEN dipakai: perubahan ini dihapus dari usulan (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Ala&amp;san:</translation>
    </message>
    <message>
        <source>Why, in a few words (kept with the proposal&apos;s history)</source>
        <translation>Alasannya, singkat saja (disimpan di riwayat usulan)</translation>
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation>Usulkan &amp;lagi</translation>
    </message>
    <message>
        <source>&amp;Withdraw the proposal</source>
        <translation>Tarik &amp;usulan</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Terap&amp;kan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>Writing the snapshot…</source>
        <translation>Menulis data DTSEN…</translation>
    </message>
</context>
<context>
    <name>SnapshotImporter</name>
    <message>
        <source>Checking rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>skipped with line %1</source>
        <translation>dilewati bersama baris %1</translation>
    </message>
    <message>
        <source>Writing to the vault…</source>
        <translation>Menulis ke brankas…</translation>
    </message>
    <message>
        <source>Checking and importing rows…</source>
        <translation>Memeriksa dan mengimpor baris…</translation>
    </message>
    <message>
        <source>DTSEN data file</source>
        <translation>berkas data DTSEN</translation>
    </message>
</context>
<context>
    <name>SnapshotOutcome</name>
    <message>
        <source>Adjusted to the DTSEN data</source>
        <translation>Disesuaikan dengan data DTSEN</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Bentrok</translation>
    </message>
    <message>
        <source>Household or member gone from the DTSEN data</source>
        <translation>Keluarga atau anggota tidak ada lagi di data DTSEN</translation>
    </message>
    <message>
        <source>Reflected in the DTSEN data</source>
        <translation>Sudah tercermin di data DTSEN</translation>
    </message>
    <message>
        <source>Not reflected in the DTSEN data</source>
        <translation>Tidak tercermin di data DTSEN</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
    <message>
        <source>sent, no receipt yet</source>
        <translation>terkirim, belum ada tanda terima</translation>
    </message>
    <message>
        <source>received by the district</source>
        <translation>sudah diterima dinas</translation>
    </message>
    <message>
        <source>refused by the district</source>
        <translation>ditolak dinas</translation>
    </message>
    <message>
        <source>Personal data access report</source>
        <translation>Laporan akses data pribadi</translation>
    </message>
    <message>
        <source>%1 · %2 · prepared %3 · for the data subject only</source>
        <translation>%1 · %2 · disusun %3 · hanya untuk subjek data</translation>
    </message>
    <message>
        <source>This report lists every piece of personal data that this vault holds about the person with the NIK below, and every processing of it that the vault recorded. It answers a request under Law 27 of 2022 on Personal Data Protection (UU PDP), which gives the data subject the right to access their data; the request is to be answered within 3 × 24 hours. The full NIK appears in this report only: hand it to the person it belongs to and to no one else.</source>
        <translation>Laporan ini memuat setiap data pribadi yang disimpan brankas ini tentang orang dengan NIK di bawah, dan setiap pemrosesannya yang tercatat di brankas. Laporan ini menjawab permintaan menurut Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP), yang memberi subjek data hak untuk mengakses datanya; permintaan itu wajib dijawab dalam 3 × 24 jam. NIK lengkap hanya tercantum dalam laporan ini: serahkan hanya kepada pemiliknya, tidak kepada orang lain.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Brankas</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Disusun pada</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>UU 27/2022 on Personal Data Protection: the data subject&apos;s right of access; processing as a public task under law (social welfare data, DTSEN)</source>
        <translation>UU 27/2022 tentang Pelindungan Data Pribadi: hak subjek data untuk mengakses datanya; pemrosesan sebagai pelaksanaan tugas pelayanan publik berdasarkan undang-undang (data kesejahteraan sosial, DTSEN)</translation>
    </message>
    <message>
        <source>Nothing is held</source>
        <translation>Tidak ada data yang disimpan</translation>
    </message>
    <message>
        <source>This vault holds no record, proposal or review item about a person with this NIK. This statement is the answer to the request for this vault.</source>
        <translation>Brankas ini tidak menyimpan data keluarga, usulan, atau item tinjauan apa pun tentang orang dengan NIK ini. Pernyataan ini adalah jawaban atas permintaan untuk brankas ini.</translation>
    </message>
    <message>
        <source>%1 (proposal %2, %3)</source>
        <translation>%1 (usulan %2, %3)</translation>
    </message>
    <message>
        <source>The person&apos;s record in the registry</source>
        <translation>Data orang ini dalam daftar</translation>
    </message>
    <message>
        <source>As the vault holds it now (from the newest DTSEN data and the changes applied since), with what proposals would change.</source>
        <translation>Sebagaimana disimpan brankas sekarang (dari data DTSEN terbaru dan perubahan yang diterapkan sesudahnya), dengan apa yang akan diubah oleh usulan.</translation>
    </message>
    <message>
        <source>The newest DTSEN data no longer has this person.</source>
        <translation>Data DTSEN terbaru tidak lagi memuat orang ini.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Value held</source>
        <translation>Nilai tersimpan</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>The record of the person&apos;s family (household %1)</source>
        <translation>Data keluarga orang ini (keluarga %1)</translation>
    </message>
    <message>
        <source>Proposals about the person</source>
        <translation>Usulan tentang orang ini</translation>
    </message>
    <message>
        <source>Proposal %1: %2 — %3</source>
        <translation>Usulan %1: %2 — %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
    <message>
        <source>Evidence (the files are kept in the encrypted vault):</source>
        <translation>Bukti (berkasnya disimpan di dalam brankas terenkripsi):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>(replaced by a newer version)</source>
        <translation>(diganti dengan versi yang lebih baru)</translation>
    </message>
    <message>
        <source>Discussed at the village meeting(s): %1</source>
        <translation>Dibahas dalam musdes: %1</translation>
    </message>
    <message>
        <source>Sent to the district in batch %1 (made %2, sent %3): %4.</source>
        <translation>Dikirim ke dinas sosial dalam kiriman %1 (dibuat %2, dikirim %3): %4.</translation>
    </message>
    <message>
        <source>District decision</source>
        <translation>Putusan dinas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Items from the villages that name the person</source>
        <translation>Item dari desa yang menyebut orang ini</translation>
    </message>
    <message>
        <source>Village %1, batch %2, proposal %3: %4</source>
        <translation>Desa %1, kiriman %2, usulan %3: %4</translation>
    </message>
    <message>
        <source>Received %1; state: %2; reason given by the village: %3</source>
        <translation>Diterima %1; status: %2; alasan dari desa: %3</translation>
    </message>
    <message>
        <source>not in the review queue (refused by the hub)</source>
        <translation>tidak ada di antrean tinjauan (ditolak server dinas sosial)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Evidence held with the item: %1</source>
        <translation>Bukti yang disimpan bersama item: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>NIK match</source>
        <translation>Padan NIK</translation>
    </message>
    <message>
        <source>Processing recorded in the vault&apos;s audit log</source>
        <translation>Pemrosesan yang tercatat dalam riwayat brankas</translation>
    </message>
    <message>
        <source>No processing of this person&apos;s data is recorded.</source>
        <translation>Tidak ada pemrosesan data orang ini yang tercatat.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>The audit log records every change, every import and export, every print of the meeting&apos;s documents and every showing of a full NIK or KK number, with who did it and when. Looking at a record with its numbers masked is not recorded one by one. Preparing this report is recorded too.</source>
        <translation>Riwayat brankas mencatat setiap perubahan, setiap impor dan ekspor, setiap pencetakan dokumen musdes dan setiap kali NIK atau nomor KK ditampilkan lengkap, dengan siapa yang melakukannya dan kapan. Melihat data dengan nomor yang disamarkan tidak dicatat satu per satu. Pembuatan laporan ini juga dicatat.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Personal data access report (UU PDP)</source>
        <translation>Laporan akses data pribadi (UU PDP)</translation>
    </message>
    <message>
        <source>A person may ask what this vault holds about them and how it was processed (UU 27/2022). The answer is due within 3 × 24 hours. Type the person&apos;s NIK: the report lists their records, the proposals and evidence about them, the district&apos;s decisions and every processing step recorded. The report shows the full NIK: give it only to the person it belongs to. Making it is recorded in the history.</source>
        <translation>Seseorang boleh menanyakan data apa yang disimpan brankas ini tentang dirinya dan bagaimana data itu diproses (UU 27/2022). Jawabannya wajib diberikan dalam 3 × 24 jam. Ketik NIK orang itu: laporan memuat datanya, usulan dan bukti tentang dirinya, putusan dinas dan setiap langkah pemrosesan yang tercatat. Laporan menampilkan NIK lengkap: berikan hanya kepada pemiliknya. Pembuatannya dicatat dalam riwayat.</translation>
    </message>
    <message>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock village vault</source>
        <translation>Buka brankas desa</translation>
    </message>
    <message>
        <source>DEMO — invented data for practice. The demo passphrase has been filled in for you.</source>
        <translation>CONTOH — data rekaan untuk latihan. Kata sandi desa contoh sudah diisikan.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Petugas:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Type the recovery key that was printed when the vault was created. Spaces and dashes do not matter.</source>
        <translation>Ketik kunci pemulihan yang dicetak saat brankas dibuat. Spasi dan tanda hubung tidak berpengaruh.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Kunci pemulihan:</translation>
    </message>
</context>
<context>
    <name>VaultKind</name>
    <message>
        <source>Village vault</source>
        <translation>Brankas desa</translation>
    </message>
    <message>
        <source>District review vault</source>
        <translation>Brankas peninjauan dinas</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Facilitator (pendamping):</source>
        <translation>Nama &amp;pendamping:</translation>
    </message>
    <message>
        <source>Ground check &amp;result:</source>
        <translation>&amp;Hasil verifikasi lapangan:</translation>
    </message>
    <message>
        <source>&amp;NIK match:</source>
        <translation>Padan &amp;NIK:</translation>
    </message>
    <message>
        <source>N&amp;ote for the village:</source>
        <translation>&amp;Catatan untuk desa:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Verdes</source>
        <translation>Selamat datang di Verdes</translation>
    </message>
    <message>
        <source>Verdes keeps your village&apos;s registry of households on this computer, encrypted, and works without an internet connection. Open your village vault to begin.</source>
        <translation>Verdes menyimpan data keluarga desa Anda di komputer ini dalam keadaan terenkripsi, dan bekerja tanpa sambungan internet. Buka brankas desa Anda untuk memulai.</translation>
    </message>
    <message>
        <source>Open a village vault</source>
        <translation>Buka brankas desa</translation>
    </message>
    <message>
        <source>A folder ending in .verdes on this computer or on a USB stick.</source>
        <translation>Folder berakhiran .verdes di komputer ini atau di flashdisk.</translation>
    </message>
    <message>
        <source>Create a new village vault</source>
        <translation>Buat brankas desa baru</translation>
    </message>
    <message>
        <source>For a village that does not use Verdes yet. You will receive a recovery key to keep safe.</source>
        <translation>Untuk desa yang belum memakai Verdes. Anda akan menerima kunci pemulihan untuk disimpan dengan aman.</translation>
    </message>
    <message>
        <source>Try the demo village</source>
        <translation>Coba desa contoh</translation>
    </message>
    <message>
        <source>Invented households for practice. Nothing in it is real.</source>
        <translation>Keluarga rekaan untuk latihan. Tidak ada yang nyata.</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Terakhir dibuka</translation>
    </message>
    <message>
        <source>No village vault has been opened on this computer yet.</source>
        <translation>Belum ada brankas desa yang pernah dibuka di komputer ini.</translation>
    </message>
</context>
<context>
    <name>verdes::HouseholdTableModel</name>
    <message>
        <source>Also found in this household: %1</source>
        <translation>Juga ditemukan di keluarga ini: %1</translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation>(tanpa kepala keluarga)</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>PBI (%1)</source>
        <translation>PBI (%1)</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan impor</translation>
    </message>
    <message>
        <source>%1 · found: %2</source>
        <translation>%1 · ditemukan: %2</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>verdes::ProposalListModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>The household is missing from the newest snapshot.</source>
        <translation>Keluarga ini tidak ada lagi di data DTSEN terbaru.</translation>
    </message>
    <message>
        <source>The records changed since the proposal was written: compare the values and confirm it again.</source>
        <translation>Data berubah sejak usulan ditulis: bandingkan nilainya lalu konfirmasi ulang usulan.</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>Member(s)</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>%1
Decided by %2</source>
        <translation>%1
Diputus oleh %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The DTSEN data changed a field this proposal changes: open &quot;Resolve&quot; to choose, per field, its value or the DTSEN data&apos;s.</source>
        <translation>Data DTSEN mengubah kolom yang juga diubah usulan ini: buka &quot;Selesaikan&quot; untuk memilih, per kolom, nilai usulan atau nilai data DTSEN.</translation>
    </message>
    <message>
        <source>Approved, but the newest DTSEN data does not show the change. Propose it again if it is still needed.</source>
        <translation>Sudah disetujui, tetapi data DTSEN terbaru tidak menunjukkan perubahannya. Usulkan lagi bila masih perlu.</translation>
    </message>
</context>
<context>
    <name>verdes::ReviewQueueModel</name>
    <message>
        <source>Flagged for removal</source>
        <translation>Diusulkan dikeluarkan</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Held: %1 until %2</source>
        <extracomment>who took an item of the review queue through the hub, and until when (&quot;08-12 14:00&quot;)</extracomment>
        <translation>Dipegang: %1 s.d. %2</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Diambil oleh</translation>
    </message>
</context>
<context>
    <name>verdes::SealMeetingJob</name>
    <message>
        <source>Sealing the meeting…</source>
        <translation>Menyegel rapat…</translation>
    </message>
</context>
<context>
    <name>verdes::sync::BatchExportJob</name>
    <message>
        <source>Writing the batch for the USB stick…</source>
        <translation>Menulis paket perubahan ke flashdisk…</translation>
    </message>
</context>
<context>
    <name>verdes::sync::CatchUpJob</name>
    <message>
        <source>Preparing the batches for the district…</source>
        <translation>Menyiapkan paket perubahan untuk dinas sosial…</translation>
    </message>
</context>
<context>
    <name>verdes::sync::Outbox</name>
    <message>
        <source>Batch %1</source>
        <translation>Paket perubahan %1</translation>
    </message>
    <message>
        <source>Preparing the batches for the district</source>
        <translation>Menyiapkan paket perubahan untuk dinas sosial</translation>
    </message>
    <message>
        <source>Sending batch %1 to the district…</source>
        <translation>Mengirim paket perubahan %1 ke dinas sosial…</translation>
    </message>
</context>
<context>
    <name>verdes::sync::Receipt</name>
    <message>
        <source>a batch is missing before this one</source>
        <translation>ada paket perubahan sebelum paket ini yang belum diterima</translation>
    </message>
    <message>
        <source>a different batch was already sent with this number</source>
        <translation>paket perubahan lain sudah pernah dikirim dengan nomor ini</translation>
    </message>
    <message>
        <source>this computer is not registered at the district office</source>
        <translation>komputer ini belum terdaftar di dinas sosial kabupaten/kota</translation>
    </message>
    <message>
        <source>the district office has withdrawn the registration of this computer</source>
        <translation>dinas sosial kabupaten/kota telah mencabut pendaftaran komputer ini</translation>
    </message>
    <message>
        <source>the batch was changed or damaged after it was signed</source>
        <translation>paket perubahan ini diubah atau rusak setelah ditandatangani</translation>
    </message>
    <message>
        <source>the batch is for another village than the one this computer is registered for</source>
        <translation>paket perubahan ini untuk desa lain, bukan untuk desa tempat komputer ini terdaftar</translation>
    </message>
    <message>
        <source>the batch was sealed for another district office</source>
        <translation>paket perubahan ini disegel untuk dinas sosial kabupaten/kota lain</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>berkas rusak dan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>this proposal was already received in an earlier batch</source>
        <translation>usulan ini sudah diterima dalam paket perubahan sebelumnya</translation>
    </message>
    <message>
        <source>the district office has no room to store it now; send it again later</source>
        <translation>tempat penyimpanan di dinas sosial kabupaten/kota sedang penuh; kirim lagi nanti</translation>
    </message>
</context>
<context>
    <name>verdes::sync::SendJob</name>
    <message>
        <source>Connecting to the district hub…</source>
        <translation>Menghubungi server dinas sosial…</translation>
    </message>
    <message>
        <source>Fetching the district&apos;s verdicts…</source>
        <translation>Mengambil putusan dinas sosial…</translation>
    </message>
</context>
<context>
    <name>verdes::ui::AgendaEditor</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>What a meeting decides must be entered by the cut-off day of the month (Settings) to count for that month.</source>
        <translation>Hasil rapat harus diinput paling lambat pada tanggal batas bulanan (Pengaturan) agar dihitung untuk bulan itu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n butir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Family with a warning</source>
        <translation>Keluarga dengan peringatan</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Tidak ada butir</translation>
    </message>
    <message>
        <source>Set the date of the meeting to see whether it makes this month&apos;s cut-off.</source>
        <translation>Isi tanggal rapat untuk melihat apakah masuk batas bulan ini.</translation>
    </message>
    <message>
        <source>Makes the cut-off of %1</source>
        <translation>Masuk batas tanggal %1</translation>
    </message>
    <message>
        <source>After this month&apos;s cut-off: counts for %1</source>
        <translation>Setelah batas bulan ini: masuk %1</translation>
    </message>
    <message>
        <source>No proposal is ready: nothing was added.</source>
        <translation>Tidak ada usulan yang siap: tidak ada yang ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) added to the agenda.</source>
        <translation>
            <numerusform>%n usulan ditambahkan ke agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The family was added to the agenda, for the meeting to keep it or propose its removal.</source>
        <translation>Keluarga ditambahkan ke agenda, agar rapat menetapkan tetap atau mengusulkan dikeluarkan.</translation>
    </message>
    <message>
        <source>A decided item stays on the agenda; its decision can be corrected until the meeting is sealed.</source>
        <translation>Butir yang sudah diputuskan tetap di agenda; keputusannya dapat diperbaiki sampai rapat disegel.</translation>
    </message>
    <message>
        <source>The family was taken off the agenda.</source>
        <translation>Keluarga dikeluarkan dari agenda.</translation>
    </message>
    <message>
        <source>The proposal was taken off the agenda; it is ready again.</source>
        <translation>Usulan dikeluarkan dari agenda dan kembali berstatus siap.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::AttendanceEditor</name>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> orang</translation>
    </message>
    <message>
        <source>Add to the l&amp;ist</source>
        <translation>&amp;Catat hadir</translation>
    </message>
    <message>
        <source>Present: %1 (set how many are expected to see the quorum)</source>
        <translation>Hadir: %1 (isi jumlah undangan untuk melihat kuorum)</translation>
    </message>
    <message>
        <source>Present %1 of %2 — quorum reached</source>
        <translation>Hadir %1 dari %2 — kuorum tercapai</translation>
    </message>
    <message>
        <source>Present %1 of %2 — no quorum yet (%3 needed); the meeting can still go on</source>
        <translation>Hadir %1 dari %2 — belum kuorum (perlu %3); rapat tetap dapat berjalan</translation>
    </message>
    <message>
        <source>Write the attendee&apos;s name.</source>
        <translation>Tulis nama peserta.</translation>
    </message>
    <message>
        <source>Write RT/RW as two numbers, like 003/002, or leave it empty.</source>
        <translation>Tulis RT/RW sebagai dua angka, misalnya 003/002, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>The change was saved.</source>
        <translation>Perubahan disimpan.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 dicatat hadir.</translation>
    </message>
    <message>
        <source>Save the &amp;change</source>
        <translation>Simpan perubaha&amp;n</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 dihapus dari daftar.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::BrowserPage</name>
    <message>
        <source>All RT/RW</source>
        <translation>Semua RT/RW</translation>
    </message>
    <message>
        <source>RW %1 (all RT)</source>
        <translation>RW %1 (semua RT)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>No desil yet</source>
        <translation>Belum ada desil</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Tidak satu pun</translation>
    </message>
    <message>
        <source>A member deceased</source>
        <translation>Ada anggota meninggal</translation>
    </message>
    <message>
        <source>A member moved</source>
        <translation>Ada anggota pindah</translation>
    </message>
    <message>
        <source>A member not found</source>
        <translation>Ada anggota tidak ditemukan</translation>
    </message>
    <message>
        <source>Missing from the latest snapshot</source>
        <translation>Tidak ada di data DTSEN terbaru</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n keluarga</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Peringatan:</translation>
    </message>
    <message>
        <source>Any open flag</source>
        <translation>Ada peringatan aktif</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>Tidak ada keluarga yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>A NIK or KK number is found by its first 4 digits or more, or by any 6 of its digits in a row (the birth date, for example 150375).</source>
        <translation>NIK atau nomor KK ditemukan dengan 4 angka pertamanya atau lebih, atau dengan 6 angka berurutan di bagian mana saja (misalnya tanggal lahir, 150375).</translation>
    </message>
    <message>
        <source>Check the spelling, or type only the start of a name: SITI finds SITI AMINAH.</source>
        <translation>Periksa ejaannya, atau ketik awal nama saja: SITI menemukan SITI AMINAH.</translation>
    </message>
    <message>
        <source>No household matches the filters.</source>
        <translation>Tidak ada keluarga yang cocok dengan saringan.</translation>
    </message>
    <message>
        <source>Filters are on (area, desil, programme, status, flags): set them to “All” to search the whole village.</source>
        <translation>Saringan sedang dipakai (wilayah, desil, program, status, peringatan): pilih “Semua” untuk mencari di seluruh desa.</translation>
    </message>
    <message>
        <source>%1 (#%2, %3)</source>
        <translation>%1 (#%2, %3)</translation>
    </message>
</context>
<context>
    <name>verdes::ui::CorrectionsEditor</name>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
</context>
<context>
    <name>verdes::ui::CreateVaultWizard</name>
    <message>
        <source>Where to keep the village vault</source>
        <translation>Tempat menyimpan brankas desa</translation>
    </message>
    <message>
        <source>10 digits, with or without dots.</source>
        <translation>10 angka, boleh dengan atau tanpa titik.</translation>
    </message>
    <message>
        <source>Unknown region.</source>
        <translation>Wilayah tidak dikenal.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Terlalu pendek: perlu %n karakter lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <source>Acceptable. A longer sentence would be stronger.</source>
        <translation>Cukup. Kalimat yang lebih panjang akan lebih kuat.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Kedua kata sandi belum sama.</translation>
    </message>
    <message>
        <source>Type the village&apos;s name.</source>
        <translation>Ketik nama desa.</translation>
    </message>
    <message>
        <source>That is not group %1 of the key. Look at the key again.</source>
        <translation>Itu bukan kelompok ke-%1 dari kunci. Periksa kuncinya lagi.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Membuat brankas…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recovery key of the village vault&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Created on %3&lt;/p&gt;&lt;p style=&apos;font-family:monospace;font-size:18pt&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;With this key the village vault can be opened when every passphrase is forgotten. Keep this sheet locked away, apart from the computer. Anyone who has both the vault and this key can read the personal data of every household.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kunci pemulihan brankas desa&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Dibuat pada %3&lt;/p&gt;&lt;p style=&apos;font-family:monospace;font-size:18pt&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dengan kunci ini brankas desa tetap dapat dibuka bila semua kata sandi terlupa. Simpan lembar ini di tempat terkunci, terpisah dari komputer. Siapa pun yang memegang brankas dan kunci ini dapat membaca data pribadi semua keluarga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Simpan kunci pemulihan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write the key down or print it, and keep it apart from this computer. To show that you have it, type group %1 of the key, counting the blocks of four characters from the left:</source>
        <translation>Catat atau cetak kunci ini, dan simpan terpisah dari komputer ini. Untuk menunjukkan bahwa Anda sudah menyimpannya, ketik kelompok ke-%1 dari kunci, dihitung dari kiri per blok empat karakter:</translation>
    </message>
    <message>
        <source>New district review vault</source>
        <translation>Brankas peninjauan dinas baru</translation>
    </message>
    <message>
        <source>New village vault</source>
        <translation>Brankas desa baru</translation>
    </message>
    <message>
        <source>Dinas sosial</source>
        <translation>Dinas sosial</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Which regency or city does this office serve? Type its 4-digit Kemendagri code; the office&apos;s reviewers will receive the batches of its villages.</source>
        <translation>Kabupaten atau kota mana yang dilayani kantor ini? Ketik kode Kemendagri 4 angkanya; para peninjau kantor ini akan menerima paket perubahan dari desa-desanya.</translation>
    </message>
    <message>
        <source>Which village will this vault hold? Type the 10-digit Kemendagri code of the desa or kelurahan.</source>
        <translation>Desa mana yang datanya disimpan di brankas ini? Ketik kode Kemendagri 10 angka untuk desa atau kelurahan itu.</translation>
    </message>
    <message>
        <source>District &amp;code:</source>
        <translation>&amp;Kode kabupaten/kota:</translation>
    </message>
    <message>
        <source>Village &amp;code:</source>
        <translation>&amp;Kode desa:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation>&amp;Nama desa:</translation>
    </message>
    <message>
        <source>4 digits, with or without a dot.</source>
        <translation>4 angka, dengan atau tanpa titik.</translation>
    </message>
    <message>
        <source>Dinas Sosial %1</source>
        <translation>Dinas Sosial %1</translation>
    </message>
    <message>
        <source>Type the office&apos;s name.</source>
        <translation>Ketik nama kantor.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Pilih tanggal di kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.</source>
        <translation>“%1” bukan tanggal: ketik sebagai hh/bb/tttt, misalnya 14/03/1975.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::EnrolmentDialog</name>
    <message>
        <source>Fingerprint of this laptop&apos;s request</source>
        <translation>Sidik jari permintaan komputer ini</translation>
    </message>
    <message>
        <source>The request is too long for a QR code: save the file and take it to the district on a USB stick.</source>
        <translation>Permintaan ini terlalu panjang untuk kode QR: simpan berkasnya dan bawa ke dinas sosial dengan flashdisk.</translation>
    </message>
    <message>
        <source>QR code of the enrolment request</source>
        <translation>Kode QR permintaan pendaftaran</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation>Simpan permintaan pendaftaran</translation>
    </message>
    <message>
        <source>Enrolment requests (*.venq)</source>
        <translation>Permintaan pendaftaran (*.venq)</translation>
    </message>
    <message>
        <source>The request was saved to %1. Take it to the district with the fingerprint %2.</source>
        <translation>Permintaan disimpan ke %1. Bawa ke dinas sosial bersama sidik jari %2.</translation>
    </message>
    <message>
        <source>Open the district&apos;s answer</source>
        <translation>Buka jawaban dinas sosial</translation>
    </message>
    <message>
        <source>Enrolment answers (*.vena);;All files (*)</source>
        <translation>Jawaban pendaftaran (*.vena);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Hub: %1
District: %2
Fingerprint in the file: %3</source>
        <translation>Server: %1
Kabupaten/kota: %2
Sidik jari dalam berkas: %3</translation>
    </message>
    <message>
        <source>Now type the fingerprint the district told you, and compare it with the one above.</source>
        <translation>Sekarang ketik sidik jari yang disebutkan dinas sosial, dan bandingkan dengan yang di atas.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the one of this answer, so nothing was changed. Check the fingerprint with the district officer, or ask them for a new answer.</source>
        <translation>Sidik jari yang Anda ketik tidak sama dengan sidik jari jawaban ini, jadi tidak ada yang diubah. Periksa kembali sidik jari itu dengan petugas dinas sosial, atau mintalah jawaban yang baru.</translation>
    </message>
    <message>
        <source>This laptop is now enrolled with %1 (district %2).</source>
        <translation>Komputer ini sekarang terdaftar di %1 (kabupaten/kota %2).</translation>
    </message>
    <message numerus="yes">
        <source>The district asks for a sync at least every %n day(s).</source>
        <translation>
            <numerusform>Dinas sosial meminta sinkronisasi paling lambat setiap %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop now trusts the district hub&apos;s new key %1. Now open the district&apos;s answer.</source>
        <translation>Komputer ini sekarang memercayai kunci baru server dinas sosial %1. Sekarang buka jawaban dari dinas sosial.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::EvidencePanel</name>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (JPEG, PNG or PDF, at most %1)</source>
        <translation>&lt;b&gt;Bukti&lt;/b&gt; (JPEG, PNG, atau PDF, paling besar %1)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>version %1 (older kept)</source>
        <translation>versi %1 (yang lama disimpan)</translation>
    </message>
    <message>
        <source>%1, added by %2</source>
        <translation>%1, ditambahkan oleh %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3 (not saved yet)</source>
        <translation>%1
%2 · %3 (belum disimpan)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Tambah bukti</translation>
    </message>
    <message>
        <source>Evidence (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Bukti (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>“%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Replace evidence</source>
        <translation>Ganti bukti</translation>
    </message>
</context>
<context>
    <name>verdes::ui::EvidenceViewer</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Bukti: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels</source>
        <translation>%1 · %2 × %3 piksel</translation>
    </message>
    <message>
        <source>%1
The image could not be read.</source>
        <translation>%1
Gambar tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Halaman &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Halaman sebelumnya (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Halaman &amp;berikutnya</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Halaman berikutnya (Page Down)</translation>
    </message>
    <message>
        <source>%1
Opening the document…</source>
        <translation>%1
Membuka dokumen…</translation>
    </message>
    <message>
        <source>%1
The document has no page to show.</source>
        <translation>%1
Dokumen ini tidak memiliki halaman untuk ditampilkan.</translation>
    </message>
    <message>
        <source>%1
The document is protected with a password and cannot be shown. Ask for a copy without a password.</source>
        <translation>%1
Dokumen ini dilindungi kata sandi dan tidak dapat ditampilkan. Mintalah salinan tanpa kata sandi.</translation>
    </message>
    <message>
        <source>%1
The document could not be read: it may be damaged.</source>
        <translation>%1
Dokumen tidak dapat dibaca: mungkin rusak.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>verdes::ui::FlaggedHouseholdPicker</name>
    <message>
        <source>Add to the agenda</source>
        <translation>Tambahkan ke agenda</translation>
    </message>
    <message>
        <source>(no head recorded)</source>
        <translation>(kepala keluarga tidak tercatat)</translation>
    </message>
    <message>
        <source>No family has an open warning. Run the data-quality checks (File menu) to find them.</source>
        <translation>Tidak ada keluarga dengan peringatan terbuka. Jalankan pemeriksaan mutu data (menu Berkas) untuk menemukannya.</translation>
    </message>
    <message>
        <source>No flagged family matches “%1”.</source>
        <translation>Tidak ada keluarga dengan peringatan yang cocok dengan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged family(ies) shown.</source>
        <translation>
            <numerusform>%n keluarga dengan peringatan ditampilkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdFlagsView</name>
    <message>
        <source>Flags: none open</source>
        <translation>Peringatan: tidak ada yang aktif</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Peringatan (%1)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Usulkan…</translation>
    </message>
    <message>
        <source>Suggested proposal: %1</source>
        <translation>Usulan yang disarankan: %1</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Abaikan…</translation>
    </message>
    <message>
        <source>Your role may not dismiss flags.</source>
        <translation>Peran Anda tidak boleh mengabaikan peringatan.</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Abaikan peringatan</translation>
    </message>
    <message>
        <source>Why does this flag need no proposal? The reason is kept in the history.</source>
        <translation>Mengapa peringatan ini tidak memerlukan usulan? Alasannya disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>dismiss flags</source>
        <translation>mengabaikan peringatan</translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdHistoryView</name>
    <message>
        <source>Choose a household to see its history.</source>
        <translation>Pilih keluarga untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Entry %1 of the vault&apos;s history</source>
        <translation>Catatan ke-%1 dalam riwayat brankas</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this household yet. Imports are recorded in the vault&apos;s history; revealing numbers and proposals appear here.</source>
        <translation>Belum ada yang tercatat untuk keluarga ini. Impor tercatat di riwayat brankas; tampilan NIK lengkap dan usulan muncul di sini.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded for this household, newest first.</source>
        <translation>
            <numerusform>%n perubahan tercatat untuk keluarga ini, yang terbaru di atas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdMembersView</name>
    <message>
        <source>Select a member to propose a change for them; right-click for the proposals about one member.</source>
        <translation>Pilih anggota keluarga untuk mengusulkan perubahan tentang dirinya; klik kanan untuk melihat usulan tentang anggota itu.</translation>
    </message>
    <message>
        <source>Propose: %1…</source>
        <translation>Usulkan: %1…</translation>
    </message>
    <message>
        <source>Pending proposal</source>
        <translation>Usulan berjalan</translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdPicker</name>
    <message>
        <source>Find a household</source>
        <translation>Cari keluarga</translation>
    </message>
    <message>
        <source>Name, NIK, KK number or address</source>
        <translation>Nama, NIK, nomor KK, atau alamat</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Member found</source>
        <translation>Anggota yang ditemukan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Type a name, the first digits of a NIK, a KK number or an address.</source>
        <translation>Ketik nama, beberapa angka awal NIK, nomor KK, atau alamat.</translation>
    </message>
    <message>
        <source>(no head of family)</source>
        <translation>(tanpa kepala keluarga)</translation>
    </message>
    <message>
        <source>Missing from the latest snapshot</source>
        <translation>Tidak ada di data DTSEN terbaru</translation>
    </message>
    <message>
        <source>No household found for “%1”. Try part of a name, or the first digits of a NIK or KK number.</source>
        <translation>Tidak ada keluarga yang ditemukan untuk “%1”. Coba sebagian nama, atau beberapa angka awal NIK atau nomor KK.</translation>
    </message>
    <message>
        <source>The first %1 households found; type more to narrow the search.</source>
        <translation>%1 keluarga pertama yang ditemukan; ketik lebih banyak untuk mempersempit pencarian.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n keluarga ditemukan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::HouseholdProposalsView</name>
    <message>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <source>No household selected.</source>
        <translation>Belum ada keluarga yang dipilih.</translation>
    </message>
    <message>
        <source>No proposals for this household.</source>
        <translation>Belum ada usulan untuk keluarga ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) for this household:</source>
        <translation>
            <numerusform>%n usulan untuk keluarga ini:</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source> — target gone</source>
        <translation> — keluarga tidak ada lagi</translation>
    </message>
    <message>
        <source> — stale</source>
        <translation> — perlu dikonfirmasi ulang</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>#%1 %2: %3 — %4</source>
        <translation>#%1 %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ImportDialog</name>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 missing from this snapshot</source>
        <translation>%1 ditambahkan, %2 berubah, %3 tidak berubah, %4 tidak ada di data DTSEN ini</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Import a registry snapshot</source>
        <translation>Impor data DTSEN</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the CSV file of the snapshot.</source>
        <translation>Pilih berkas CSV data DTSEN.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) found.</source>
        <translation>
            <numerusform>%n kolom ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown columns, which will be ignored: %1.</source>
        <translation>Kolom tidak dikenal yang akan diabaikan: %1.</translation>
    </message>
    <message>
        <source>Error: the row cannot be imported</source>
        <translation>Kesalahan: baris ini tidak dapat diimpor</translation>
    </message>
    <message>
        <source>Warning: imported and flagged</source>
        <translation>Peringatan: tetap diimpor, peringatannya dicatat</translation>
    </message>
    <message>
        <source>Imported. Families: %1. Members: %2.</source>
        <translation>Selesai diimpor. Keluarga: %1. Anggota: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors were skipped.</source>
        <translation>
            <numerusform>%n baris yang salah dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) were recorded with the families.</source>
        <translation>
            <numerusform>%n peringatan dicatat bersama data keluarga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Simpan daftar masalah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Membatalkan… tidak ada yang akan berubah.</translation>
    </message>
    <message>
        <source>Checking and importing rows…</source>
        <translation>Memeriksa dan mengimpor baris…</translation>
    </message>
    <message>
        <source>The File format button says how to save a correct file from Excel or LibreOffice.</source>
        <translation>Tombol Format berkas menjelaskan cara menyimpan berkas yang benar dari Excel atau LibreOffice.</translation>
    </message>
    <message>
        <source>CSV files and DTSEN data (*.csv *.vsnp)</source>
        <translation>Berkas CSV dan data DTSEN (*.csv *.vsnp)</translation>
    </message>
    <message>
        <source>Official DTSEN data from the district hub: %1, number %2.</source>
        <translation>Data DTSEN resmi dari server dinas sosial: %1, nomor %2.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Membatalkan… tidak ada yang akan berubah.</translation>
    </message>
    <message>
        <source>Generating the demo village…</source>
        <translation>Membuat desa contoh…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>%1 households with %2 members were written to %3.</source>
        <translation>%1 keluarga dengan %2 anggota ditulis ke %3.</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>Memeriksa riwayat…</translation>
    </message>
    <message>
        <source>Entry %1, recorded %2: %3</source>
        <translation>Catatan %1, dicatat pada %2: %3</translation>
    </message>
    <message>
        <source>Check history</source>
        <translation>Periksa riwayat</translation>
    </message>
    <message>
        <source>Running the data-quality checks…</source>
        <translation>Menjalankan pemeriksaan kualitas data…</translation>
    </message>
    <message>
        <source>Data-quality checks</source>
        <translation>Pemeriksaan kualitas data</translation>
    </message>
    <message>
        <source>%1 households checked: %2 open flags (%3 new, %4 no longer found, %5 dismissed).</source>
        <translation>%1 keluarga diperiksa: %2 peringatan aktif (%3 baru, %4 tidak ditemukan lagi, %5 diabaikan).</translation>
    </message>
    <message>
        <source>The history of changes is intact and matches the content: %1 entries checked.</source>
        <translation>Riwayat perubahan utuh dan sesuai dengan isi brankas: %1 catatan diperiksa.</translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation>Mengganti kunci brankas…</translation>
    </message>
    <message>
        <source>Writing the meeting&apos;s documents…</source>
        <translation>Menulis dokumen rapat…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>%1 files were written to %2:
%3</source>
        <translation>%1 berkas disimpan di %2:
%3</translation>
    </message>
</context>
<context>
    <name>verdes::ui::MainWindow</name>
    <message>
        <source>DEMO DATA</source>
        <translation>DATA CONTOH</translation>
    </message>
    <message>
        <source>Open village vault</source>
        <translation>Buka brankas desa</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Ekspor data pribadi</translation>
    </message>
    <message>
        <source>The CSV file will hold the personal data of every household in plain text. Keep it only on this computer or an encrypted drive, and delete it when it is no longer needed.</source>
        <translation>Berkas CSV akan berisi data pribadi semua keluarga tanpa enkripsi. Simpan hanya di komputer ini atau di media penyimpanan terenkripsi, dan hapus bila tidak diperlukan lagi.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Pilih tempat menyimpan…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <source>About Verdes</source>
        <translation>Tentang Verdes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Verdes %1&lt;/h3&gt;&lt;p&gt;Village verification of the social-assistance registry (DTSEN): an encrypted registry of the village&apos;s households, corrections decided in the musdes, and signed batches for the district social office.&lt;/p&gt;&lt;p&gt;Region codes: Kemendagri lists 2016–2025, from the cahyadsn/wilayah repository (MIT licence, © Cahya DSN).&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Verdes %1&lt;/h3&gt;&lt;p&gt;Verifikasi desa untuk data bantuan sosial (DTSEN): data keluarga desa yang terenkripsi, perbaikan yang diputuskan dalam musdes, dan paket bertanda tangan untuk dinas sosial kabupaten/kota.&lt;/p&gt;&lt;p&gt;Kode wilayah: daftar Kemendagri 2016–2025, dari repositori cahyadsn/wilayah (lisensi MIT, © Cahya DSN).&lt;/p&gt;&lt;p&gt;Lisensi: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verdes</source>
        <translation>Verdes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Dibuka dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>%1 households shown</source>
        <translation>%1 keluarga ditampilkan</translation>
    </message>
    <message>
        <source>%1 — DEMO — Verdes</source>
        <translation>%1 — CONTOH — Verdes</translation>
    </message>
    <message>
        <source>%1 — Verdes</source>
        <translation>%1 — Verdes</translation>
    </message>
    <message>
        <source>%1 households, %2 persons · %3 shown</source>
        <translation>%1 keluarga, %2 jiwa · %3 ditampilkan</translation>
    </message>
    <message>
        <source>&amp;Officers…</source>
        <translation>&amp;Petugas…</translation>
    </message>
    <message>
        <source>Check &amp;history…</source>
        <translation>Periksa &amp;riwayat…</translation>
    </message>
    <message>
        <source>Check that the history of changes in this vault was not altered</source>
        <translation>Memastikan riwayat perubahan di brankas ini tidak diubah</translation>
    </message>
    <message>
        <source>Officer: %1 · %2</source>
        <translation>Petugas: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Usulan</translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation>Usulan &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>&amp;Keluarga</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Daftar usulan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Your role may not see full NIK and KK numbers, so they stay masked for you. Officers whose role allows it will see them in full.</source>
        <translation>Peran Anda tidak boleh melihat NIK dan nomor KK lengkap, jadi bagi Anda tetap disamarkan. Petugas yang perannya mengizinkan akan melihatnya lengkap.</translation>
    </message>
    <message>
        <source>Change vault &amp;key…</source>
        <translation>Ganti &amp;kunci brankas…</translation>
    </message>
    <message>
        <source>Re-encrypt the vault with a new key, so that a copy made earlier (for example by a removed officer) can no longer be opened</source>
        <translation>Mengenkripsi ulang brankas dengan kunci baru, sehingga salinan yang dibuat sebelumnya (misalnya oleh petugas yang sudah dihapus) tidak dapat lagi dibuka</translation>
    </message>
    <message>
        <source>Change vault key</source>
        <translation>Ganti kunci brankas</translation>
    </message>
    <message>
        <source>The whole vault is encrypted again with a new key. Copies of the vault folder made before, for example by an officer who was removed, can then no longer be opened. Officers keep their passphrases. For a big village this takes a minute; the vault is closed meanwhile.</source>
        <translation>Seluruh brankas dienkripsi ulang dengan kunci baru. Salinan folder brankas yang dibuat sebelumnya, misalnya oleh petugas yang sudah dihapus, tidak dapat lagi dibuka. Para petugas tetap memakai kata sandinya. Untuk desa besar, proses ini memakan waktu sekitar satu menit; selama itu brankas ditutup.</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Ganti kunci</translation>
    </message>
    <message>
        <source>The vault key was changed.</source>
        <translation>Kunci brankas telah diganti.</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>Bran&amp;kas</translation>
    </message>
    <message>
        <source>&amp;Run data-quality checks</source>
        <translation>&amp;Jalankan pemeriksaan kualitas data</translation>
    </message>
    <message>
        <source>Proposals not saved</source>
        <translation>Usulan belum tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n open proposal(s) could not be kept as drafts (the editor says why). Close the vault and lose what was written there?</source>
        <translation>
            <numerusform>%n usulan yang terbuka tidak dapat disimpan sebagai draf (alasannya ada di penyunting). Tutup brankas dan buang yang sudah ditulis?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close and discard</source>
        <translation>&amp;Tutup dan buang</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Lanjutkan bekerja</translation>
    </message>
    <message>
        <source>&amp;Musdes</source>
        <translation>&amp;Musdes</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>&amp;Rapat baru…</translation>
    </message>
    <message>
        <source>&amp;Send to district</source>
        <translation>Kirim ke Dina&amp;s</translation>
    </message>
    <message>
        <source>This laptop is enrolled again: the vault is open as before.</source>
        <translation>Komputer ini sudah terdaftar kembali: brankas terbuka seperti biasa.</translation>
    </message>
    <message>
        <source>Enrolment revoked</source>
        <translation>Pendaftaran dicabut</translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been in touch with the dinas sosial for %n day(s); the district asks for a sync at least every %1 days. Send or sync within %2 days.</source>
        <translation>
            <numerusform>Komputer ini sudah %n hari tidak tersambung ke dinas sosial; dinas sosial meminta sinkronisasi paling lambat setiap %1 hari. Kirim atau sinkronkan dalam %2 hari lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This laptop has not been in touch with the dinas sosial for %n day(s), longer than the %1 days the district allows. Send or sync now: the data stays usable, but the district needs to hear from this laptop.</source>
        <translation>
            <numerusform>Komputer ini sudah %n hari tidak tersambung ke dinas sosial, lebih lama dari batas %1 hari yang ditetapkan dinas sosial. Kirim atau sinkronkan sekarang: data tetap dapat dipakai, tetapi dinas sosial perlu kabar dari komputer ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data &amp;access report (UU PDP)…</source>
        <translation>&amp;Laporan akses data pribadi (UU PDP)…</translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingConsole</name>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>Flagged household</source>
        <translation>Keluarga dengan peringatan</translation>
    </message>
    <message>
        <source>Running the meeting</source>
        <translation>Menjalankan rapat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara rapat</translation>
    </message>
    <message>
        <source>Evidence (double-click to open here; only house photos go to the projector, with F11):</source>
        <translation>Bukti (klik dua kali untuk membuka di layar ini; hanya foto rumah yang boleh ke proyektor, dengan F11):</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>◀ Previous item</source>
        <translation>◀ Butir sebelumnya</translation>
    </message>
    <message>
        <source>Previous item (PgUp, Alt+Left)</source>
        <translation>Butir sebelumnya (PgUp, Alt+Kiri)</translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation>Butir berikutnya ▶</translation>
    </message>
    <message>
        <source>Next item (PgDown, Alt+Right)</source>
        <translation>Butir berikutnya (PgDown, Alt+Kanan)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <source>Show or hide the projector window (F5)</source>
        <translation>Tampilkan atau sembunyikan jendela proyektor (F5)</translation>
    </message>
    <message>
        <source>House photos on the projector</source>
        <translation>Foto rumah di proyektor</translation>
    </message>
    <message>
        <source>The house photos full screen on the projector; again for the next one (F11, Esc to leave)</source>
        <translation>Foto rumah memenuhi layar proyektor; tekan lagi untuk foto berikutnya (F11, Esc untuk keluar)</translation>
    </message>
    <message>
        <source>Show to the room…</source>
        <translation>Tampilkan ke peserta…</translation>
    </message>
    <message>
        <source>Seal the meeting…</source>
        <translation>Segel rapat…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Leave the photos on the projector, else close this window (Esc)</source>
        <translation>Keluar dari foto di proyektor, atau tutup jendela ini (Esc)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>By &amp;consensus</source>
        <translation>Secara &amp;mufakat</translation>
    </message>
    <message>
        <source>By &amp;vote:</source>
        <translation>Dengan &amp;pemungutan suara:</translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation>Set&amp;uju:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>T&amp;idak setuju:</translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation>&amp;Abstain:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Simpan keputusan</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>This meeting is no longer in the vault.</source>
        <translation>Rapat ini tidak ada lagi di brankas.</translation>
    </message>
    <message>
        <source>Running the meeting %1</source>
        <translation>Menjalankan rapat %1</translation>
    </message>
    <message>
        <source>This meeting is sealed (seal %1): its decisions can no longer change.</source>
        <translation>Rapat ini sudah disegel (segel %1): keputusannya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Acara rapat masih kosong.</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 of %2 · %n not decided</source>
        <translation>
            <numerusform>Butir %1 dari %2 · %n belum diputuskan</numerusform>
        </translation>
    </message>
    <message>
        <source>No items on the agenda.</source>
        <translation>Tidak ada butir dalam acara rapat.</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Bagian:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>KK number:</source>
        <translation>Nomor KK:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Orang yang bersangkutan:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Perubahan:</translation>
    </message>
    <message>
        <source>Date of the event:</source>
        <translation>Tanggal kejadian:</translation>
    </message>
    <message>
        <source>Keep (1)</source>
        <translation>Tetap (1)</translation>
    </message>
    <message>
        <source>Agreed (1)</source>
        <translation>Disetujui (1)</translation>
    </message>
    <message>
        <source>Propose removal (2)</source>
        <translation>Usulkan dikeluarkan (2)</translation>
    </message>
    <message>
        <source>Rejected (2)</source>
        <translation>Ditolak (2)</translation>
    </message>
    <message>
        <source>Deferred (3)</source>
        <translation>Ditunda (3)</translation>
    </message>
    <message>
        <source>Key 1 or Alt+S</source>
        <translation>Tombol 1 atau Alt+S</translation>
    </message>
    <message>
        <source>Key 2 or Alt+T</source>
        <translation>Tombol 2 atau Alt+T</translation>
    </message>
    <message>
        <source>Key 3 or Alt+D</source>
        <translation>Tombol 3 atau Alt+D</translation>
    </message>
    <message>
        <source>Recorded: %1 by %2, %3</source>
        <translation>Dicatat: %1 oleh %2, %3</translation>
    </message>
    <message>
        <source>Decision (your role may not record decisions)</source>
        <translation>Keputusan (peran Anda tidak boleh mencatat keputusan)</translation>
    </message>
    <message>
        <source>Choose the decision first (1, 2 or 3).</source>
        <translation>Pilih keputusannya dahulu (1, 2, atau 3).</translation>
    </message>
    <message>
        <source>Corrected at %1; it was: %2</source>
        <translation>Dikoreksi pada %1; sebelumnya: %2</translation>
    </message>
    <message>
        <source>Decision corrected: %1</source>
        <translation>Keputusan dikoreksi: %1</translation>
    </message>
    <message>
        <source>Decision saved: %1</source>
        <translation>Keputusan disimpan: %1</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Keputusan belum disimpan</translation>
    </message>
    <message>
        <source>The decision on this item is not saved yet.</source>
        <translation>Keputusan untuk butir ini belum disimpan.</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>This item has no house photos. Other evidence is shown only on this screen.</source>
        <translation>Butir ini tidak punya foto rumah. Bukti lain hanya ditampilkan di layar ini.</translation>
    </message>
    <message>
        <source>%1 is shown on the projector until the next item (recorded).</source>
        <translation>%1 ditampilkan di proyektor sampai butir berikutnya (tercatat).</translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingDocumentsDialog</name>
    <message>
        <source>Documents of meeting %1</source>
        <translation>Dokumen rapat %1</translation>
    </message>
    <message>
        <source>The meeting is sealed (seal %1): every page carries the seal.</source>
        <translation>Rapat sudah disegel (segel %1): setiap halaman memuat segelnya.</translation>
    </message>
    <message>
        <source>The meeting is not sealed yet: every page says BELUM DISEGEL (draft).</source>
        <translation>Rapat belum disegel: setiap halaman bertuliskan BELUM DISEGEL (draf).</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>The BNBA holds NIK and KK numbers: keep printed and saved copies safe. Every print and save is recorded in the vault&apos;s history.</source>
        <translation>BNBA memuat NIK dan nomor KK: simpan salinan cetak dan berkas dengan aman. Setiap pencetakan dan penyimpanan dicatat dalam riwayat brankas.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save all to a folder…</source>
        <translation>&amp;Simpan semua ke folder…</translation>
    </message>
    <message>
        <source>Save the documents of meeting %1 to</source>
        <translation>Simpan dokumen rapat %1 ke</translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingPage</name>
    <message>
        <source>Prepare a new meeting (Ctrl+Shift+M)</source>
        <translation>Siapkan rapat baru (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Sealed · %1</source>
        <translation>Disegel · %1</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Belum disegel</translation>
    </message>
    <message>
        <source>The first digits of the seal&apos;s fingerprint, as printed on the documents</source>
        <translation>Angka pertama sidik segel, seperti tercetak di dokumen</translation>
    </message>
    <message>
        <source>No musdes has been sealed yet. Kepmensos 73/2024: a meeting every three months, or an SPTJM.</source>
        <translation>Belum ada musdes yang disegel. Kepmensos 73/2024: setiap tiga bulan, atau SPTJM.</translation>
    </message>
    <message numerus="yes">
        <source>The last musdes was %n day(s) ago; Kepmensos 73/2024: every three months, or an SPTJM.</source>
        <translation>
            <numerusform>Musdes terakhir %n hari yang lalu; Kepmensos 73/2024: setiap tiga bulan, atau SPTJM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last musdes was sealed on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Musdes terakhir disegel pada %1 (%n hari yang lalu).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::MeetingView</name>
    <message>
        <source>For example 09.00 or 13.30; may be left empty</source>
        <translation>Misalnya 09.00 atau 13.30; boleh dikosongkan</translation>
    </message>
    <message>
        <source>The day of the meeting, dd/mm/yyyy</source>
        <translation>Tanggal rapat, hh/bb/tttt</translation>
    </message>
    <message>
        <source>Not an addendum</source>
        <translation>Bukan adendum</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 tanggal %2</translation>
    </message>
    <message>
        <source>This meeting is not in the vault.</source>
        <translation>Rapat ini tidak ada di brankas.</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Rapat %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New meeting&lt;/b&gt; — fill in its data and save; then add the attendees and the agenda.</source>
        <translation>&lt;b&gt;Rapat baru&lt;/b&gt; — isi datanya lalu simpan; kemudian catat peserta dan susun agenda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2 · seal %3. Nothing of this meeting can change; a correction is a new meeting marked as its addendum.</source>
        <translation>Disegel oleh %1 pada %2 · segel %3. Rapat ini tidak dapat diubah lagi; perbaikan dibuat sebagai rapat baru yang ditandai sebagai adendumnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the agenda</source>
        <translation>
            <numerusform>%n butir agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n decided</source>
        <translation>
            <numerusform>%1, %n sudah diputuskan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Write the date of the meeting as dd/mm/yyyy.</source>
        <translation>Tulis tanggal rapat dengan format hh/bb/tttt.</translation>
    </message>
    <message>
        <source>Write the time as 09.00 or 13.30, or leave it empty.</source>
        <translation>Tulis pukul seperti 09.00 atau 13.30, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>Meeting %1 was created. Add the attendees and the agenda.</source>
        <translation>Rapat %1 dibuat. Catat peserta dan susun agendanya.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::NewRecordForm</name>
    <message>
        <source>Family identity</source>
        <translation>Identitas keluarga</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Perumahan</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Aset</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Work and business</source>
        <translation>Pekerjaan dan usaha</translation>
    </message>
    <message>
        <source>Health and disability</source>
        <translation>Kesehatan dan disabilitas</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota keluarga</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new household&lt;/b&gt;: its data, its head and its further members. Fields marked * are required before the proposal can be marked ready.</source>
        <translation>&lt;b&gt;Keluarga baru&lt;/b&gt;: datanya, kepala keluarga, dan anggota keluarga lainnya. Isian bertanda * wajib diisi sebelum usulan dapat ditandai siap.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new member&lt;/b&gt; of the chosen household. Fields marked * are required before the proposal can be marked ready.</source>
        <translation>&lt;b&gt;Anggota keluarga baru&lt;/b&gt; dari keluarga yang dipilih. Isian bertanda * wajib diisi sebelum usulan dapat ditandai siap.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
    <message>
        <source>The village of this vault; it cannot be changed here.</source>
        <translation>Desa brankas ini; tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus anggota keluarga</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>TTTT-BB</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Errors: the proposal cannot be marked ready while these stand.</source>
        <translation>Kesalahan: usulan tidak dapat ditandai siap selama kesalahan ini belum diperbaiki.</translation>
    </message>
    <message>
        <source>Warnings: check these; they do not block the proposal.</source>
        <translation>Peringatan: mohon diperiksa; peringatan tidak menghalangi usulan.</translation>
    </message>
    <message>
        <source>nothing entered yet</source>
        <translation>belum ada yang diisi</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Keluarga baru</translation>
    </message>
</context>
<context>
    <name>verdes::ui::OfficersDialog</name>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Tambah petugas…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Manages officers</source>
        <translation>Mengelola petugas</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>The officers who can open this village vault. The role decides what each may do; every change here is recorded in the history.</source>
        <translation>Petugas yang dapat membuka brankas desa ini. Peran menentukan apa yang boleh dilakukan masing-masing; setiap perubahan di sini tercatat di riwayat.</translation>
    </message>
    <message>
        <source>You can see the officers but not change them: %1</source>
        <translation>Anda dapat melihat daftar petugas tetapi tidak dapat mengubahnya: %1</translation>
    </message>
    <message>
        <source>You are signed in as this officer.</source>
        <translation>Anda masuk sebagai petugas ini.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Only the kepala desa or an officer who manages officers can do this.</source>
        <translation>Hanya kepala desa atau petugas yang mengelola petugas yang dapat melakukan ini.</translation>
    </message>
    <message>
        <source>%1 can now open the village vault, as %2.</source>
        <translation>%1 sekarang dapat membuka brankas desa, sebagai %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang menjadi %2.</translation>
    </message>
    <message>
        <source>%1 can no longer open the village vault.</source>
        <translation>%1 tidak dapat lagi membuka brankas desa.</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>The role of %1:</source>
        <translation>Peran %1:</translation>
    </message>
    <message>
        <source>Remove officer</source>
        <translation>Hapus petugas</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open the village vault. What they did stays in the history. Remove %1?</source>
        <translation>%1 tidak akan dapat lagi membuka brankas desa. Apa yang sudah dilakukannya tetap ada di riwayat. Hapus %1?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Ganti &amp;kata sandi…</translation>
    </message>
    <message>
        <source>Protecting the vault key with the passphrase of %1… this takes a moment.</source>
        <translation>Mengamankan kunci brankas dengan kata sandi %1… mohon tunggu sebentar.</translation>
    </message>
    <message>
        <source>Protecting the vault key with the new passphrase of %1… this takes a moment.</source>
        <translation>Mengamankan kunci brankas dengan kata sandi baru %1… mohon tunggu sebentar.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The old one no longer opens the vault.</source>
        <translation>Kata sandi %1 sudah diganti. Kata sandi lama tidak dapat lagi membuka brankas.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>A copy of the vault folder that %1 made earlier would still open with their passphrase. Changing the vault key closes that too; it takes a minute for a big village.</source>
        <translation>Salinan folder brankas yang dibuat %1 sebelumnya masih dapat dibuka dengan kata sandinya. Mengganti kunci brankas menutup celah itu juga; untuk desa besar, proses ini memakan waktu sekitar satu menit.</translation>
    </message>
    <message>
        <source>Also change the vault &amp;key (recommended)</source>
        <translation>Sekaligus ganti &amp;kunci brankas (disarankan)</translation>
    </message>
    <message>
        <source>%1 can no longer open the village vault. A copy made earlier still opens with their passphrase until the vault key is changed (Vault ▸ Change vault key).</source>
        <translation>%1 tidak dapat lagi membuka brankas desa. Salinan yang dibuat sebelumnya masih dapat dibuka dengan kata sandinya sampai kunci brankas diganti (Brankas ▸ Ganti kunci brankas).</translation>
    </message>
    <message>
        <source>The new officer&apos;s own passphrase: at least %1 characters, not counting spaces. They can change it later; nobody can read it back.</source>
        <translation>Kata sandi petugas baru: paling sedikit %1 karakter, spasi tidak dihitung. Petugas dapat menggantinya nanti; tidak ada yang dapat membacanya kembali.</translation>
    </message>
    <message>
        <source>The new passphrase of %1: at least %2 characters, not counting spaces. The old one stops working at once.</source>
        <translation>Kata sandi baru %1: paling sedikit %2 karakter, spasi tidak dihitung. Kata sandi lama langsung tidak berlaku.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::OutboxItemTableModel</name>
    <message>
        <source>received by the district, receipt %1</source>
        <translation>sudah diterima dinas, tanda terima %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>ditolak: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>At the district</source>
        <translation>Di dinas sosial</translation>
    </message>
</context>
<context>
    <name>verdes::ui::OutboxPage</name>
    <message>
        <source>The receipt for batch %1 was imported before; nothing changed.</source>
        <translation>Tanda terima untuk paket %1 sudah pernah diimpor; tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was received by the district: all %n item(s). Receipt %2.</source>
        <translation>
            <numerusform>Paket %1 sudah diterima dinas: semua %n butir. Tanda terima %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was received by the district, but %n item(s) were refused: the list below says why.</source>
        <translation>
            <numerusform>Paket %1 sudah diterima dinas, tetapi %n butir ditolak: daftar di bawah menyebutkan alasannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 was not taken yet: the district is missing batch %2 before it. Write batch %2 to the USB stick first, then this one again.</source>
        <translation>Paket %1 belum diterima: dinas belum menerima paket %2 sebelumnya. Tulis paket %2 ke flashdisk lebih dahulu, lalu paket ini sekali lagi.</translation>
    </message>
    <message>
        <source>Batch %1 was refused by the district: %2.</source>
        <translation>Paket %1 ditolak dinas: %2.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the district hub yet. Enrol it first: only then can batches be sealed for the district.</source>
        <translation>Komputer ini belum terdaftar di server dinas sosial. Daftarkan dahulu: baru setelah itu paket perubahan dapat disegel untuk dinas sosial.</translation>
    </message>
    <message>
        <source>&amp;Enrol this laptop…</source>
        <translation>&amp;Daftarkan komputer ini…</translation>
    </message>
    <message>
        <source>%1 (district %2)
Fingerprint: %3
Enrolled on %4</source>
        <translation>%1 (kabupaten/kota %2)
Sidik jari: %3
Terdaftar sejak %4</translation>
    </message>
    <message>
        <source>The district revoked this laptop on %1. Ask the district to enrol it again.</source>
        <translation>Dinas sosial mencabut pendaftaran komputer ini pada %1. Mintalah dinas sosial mendaftarkannya kembali.</translation>
    </message>
    <message>
        <source>&amp;Enrol again…</source>
        <translation>&amp;Daftarkan ulang…</translation>
    </message>
    <message>
        <source>Enrol this laptop with the district hub first.</source>
        <translation>Daftarkan komputer ini ke server dinas sosial lebih dahulu.</translation>
    </message>
    <message>
        <source>Every batch has been answered by the district.</source>
        <translation>Semua paket sudah dijawab dinas sosial.</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation>Usulan %1: %2</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Usulan %1</translation>
    </message>
    <message>
        <source>Household of %1 (KK %2): proposed for removal</source>
        <translation>Keluarga %1 (KK %2): diusulkan keluar</translation>
    </message>
    <message>
        <source>unknown head</source>
        <translation>kepala keluarga tidak diketahui</translation>
    </message>
    <message>
        <source>Household proposed for removal</source>
        <translation>Keluarga yang diusulkan keluar</translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) made from sealed meetings.</source>
        <translation>
            <numerusform>%n paket perubahan baru dibuat dari musdes yang sudah disegel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the batches of the sealed meetings…</source>
        <translation>Menyiapkan paket perubahan dari musdes yang sudah disegel…</translation>
    </message>
    <message>
        <source>There is no batch waiting for the district.</source>
        <translation>Tidak ada paket yang menunggu untuk dinas sosial.</translation>
    </message>
    <message>
        <source>Write batch %1 to the USB stick</source>
        <translation>Tulis paket %1 ke flashdisk</translation>
    </message>
    <message>
        <source>Verdes batches (*.vbatch)</source>
        <translation>Paket Verdes (*.vbatch)</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 (meeting %2, %n item(s)) was written to %3, sealed for the district hub. Take the file to the district social office and bring back the receipt they give you; then import it here with &quot;Import receipt&quot;.</source>
        <translation>
            <numerusform>Paket %1 (musdes %2, %n butir) sudah ditulis ke %3, tersegel untuk server dinas sosial. Bawa berkas itu ke dinas sosial dan bawa pulang tanda terima yang mereka berikan; lalu impor di sini dengan &quot;Impor tanda terima&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing batch %1 for the USB stick…</source>
        <translation>Menulis paket %1 ke flashdisk…</translation>
    </message>
    <message>
        <source>Import the district&apos;s receipt</source>
        <translation>Impor tanda terima dari dinas sosial</translation>
    </message>
    <message>
        <source>This laptop is now enrolled with the district hub: batches are sealed for it.</source>
        <translation>Komputer ini sekarang terdaftar di server dinas sosial: paket perubahan disegel untuknya.</translation>
    </message>
    <message>
        <source>The district hub takes batches on a USB stick only: write the batch to a USB stick and take it to the district.</source>
        <translation>Server dinas sosial hanya menerima paket perubahan lewat flashdisk: tulis paket ke flashdisk dan bawa ke dinas sosial.</translation>
    </message>
    <message>
        <source>Send the waiting batches to the district hub now, without waiting for the next try.</source>
        <translation>Kirim paket perubahan yang menunggu ke server dinas sosial sekarang, tanpa menunggu percobaan berikutnya.</translation>
    </message>
    <message>
        <source>Sending to the district hub…</source>
        <translation>Mengirim ke server dinas sosial…</translation>
    </message>
    <message>
        <source>Batches go on a USB stick: this hub has no internet address.</source>
        <translation>Paket perubahan dibawa dengan flashdisk: server ini tidak punya alamat internet.</translation>
    </message>
    <message>
        <source>Batches go by themselves over the internet to %1.</source>
        <translation>Paket perubahan terkirim sendiri lewat internet ke %1.</translation>
    </message>
    <message>
        <source>Receipts and revocation lists (*.vreceipt *.receipt *.vrev);;All files (*)</source>
        <translation>Tanda terima dan daftar pencabutan (*.vreceipt *.receipt *.vrev);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The district&apos;s revocation list does not name this laptop; nothing changes.</source>
        <translation>Komputer ini tidak tercantum dalam daftar pencabutan dinas sosial; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The district hub&apos;s keys expired on %1: connect and press Send now, or import its new key list from a USB stick.</source>
        <translation>Kunci server dinas sosial habis masa berlakunya pada %1: sambungkan ke internet lalu tekan Kirim sekarang, atau impor daftar kunci barunya dari flashdisk.</translation>
    </message>
    <message>
        <source>The district hub&apos;s keys are valid until %1.</source>
        <translation>Kunci server dinas sosial berlaku sampai %1.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>berlaku sampai %1</translation>
    </message>
    <message>
        <source>with no expiry</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <source>The district hub has new keys: this laptop now trusts key %1, %2. Batches are sealed for the new key from now on.</source>
        <translation>Server dinas sosial memiliki kunci baru: komputer ini sekarang memercayai kunci %1, %2. Mulai sekarang paket perubahan disegel untuk kunci baru itu.</translation>
    </message>
    <message>
        <source>The district hub&apos;s keys are the ones this laptop trusts already (%1), %2.</source>
        <translation>Kunci server dinas sosial sama dengan yang sudah dipercayai komputer ini (%1), %2.</translation>
    </message>
    <message>
        <source>The district hub&apos;s keys expired on %1: ask the district for its new key list on a USB stick and import it here.</source>
        <translation>Kunci server dinas sosial habis masa berlakunya pada %1: mintalah daftar kunci barunya kepada dinas sosial lewat flashdisk, lalu impor di sini.</translation>
    </message>
    <message>
        <source>Read the verdicts of the dinas sosial on this village&apos;s proposals from the file the district gave you</source>
        <translation>Baca putusan dinas sosial atas usulan desa ini dari berkas yang diberikan dinas sosial</translation>
    </message>
    <message>
        <source>Import the district&apos;s verdicts</source>
        <translation>Impor putusan dinas sosial</translation>
    </message>
    <message>
        <source>The district&apos;s verdicts (*.vdcl);;All files (*)</source>
        <translation>Putusan dinas sosial (*.vdcl);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>This file holds no new verdicts: it was imported before. Nothing changed.</source>
        <translation>Berkas ini tidak berisi putusan baru: berkas ini sudah pernah diimpor. Tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>%n new verdict(s) of the dinas sosial recorded.</source>
        <translation>
            <numerusform>%n putusan baru dinas sosial dicatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved, waiting for the next snapshot: %1. Rejected: %2. Returned to the village: %3; %n new draft(s) to correct are in the proposals.</source>
        <translation>
            <numerusform>Disetujui, menunggu snapshot berikutnya: %1. Ditolak: %2. Dikembalikan ke desa: %3; %n draf baru untuk diperbaiki ada di daftar usulan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district holds more verdicts than this file: ask for the next file.</source>
        <translation>Dinas sosial menyimpan lebih banyak putusan daripada isi berkas ini: mintalah berkas berikutnya.</translation>
    </message>
    <message>
        <source>The district hub is reached by USB stick only: import its verdicts from the file it gives you.</source>
        <translation>Server dinas sosial hanya dapat dijangkau lewat flashdisk: impor putusannya dari berkas yang diberikan dinas.</translation>
    </message>
    <message>
        <source>Fetch the new verdicts of the dinas sosial on this village&apos;s proposals from the district hub now (waiting batches are sent first).</source>
        <translation>Ambil sekarang putusan baru dinas sosial atas usulan desa ini dari server dinas sosial (paket yang menunggu dikirim lebih dulu).</translation>
    </message>
    <message>
        <source>Nothing new: no batch was waiting for the district, and it has no new verdicts for this village.</source>
        <translation>Tidak ada yang baru: tidak ada paket yang menunggu untuk dinas sosial, dan belum ada putusan baru untuk desa ini.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::OutboxTableModel</name>
    <message>
        <source>waiting: the district is missing an earlier batch</source>
        <translation>menunggu: dinas belum menerima paket sebelumnya</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
    <message>
        <source>written to the USB stick, waiting for the receipt</source>
        <translation>ditulis ke flashdisk, menunggu tanda terima</translation>
    </message>
    <message>
        <source>sent, waiting for the receipt</source>
        <translation>terkirim, menunggu tanda terima</translation>
    </message>
    <message>
        <source>partly received by the district</source>
        <translation>sebagian diterima</translation>
    </message>
    <message>
        <source>received by the district</source>
        <translation>sudah diterima dinas</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>ditolak: %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Musdes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message numerus="yes">
        <source>not sent yet (tried %n time(s)); next try at %1</source>
        <translation>
            <numerusform>belum terkirim (sudah dicoba %n kali); dicoba lagi %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProjectorWindow</name>
    <message>
        <source>Verdes · Projector</source>
        <translation>Verdes · Proyektor</translation>
    </message>
    <message>
        <source>Village meeting</source>
        <translation>Musyawarah desa</translation>
    </message>
    <message>
        <source>Proposal %1 of %2</source>
        <translation>Usulan %1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1 (%n tahun)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown at the chair&apos;s request · %1: %2</source>
        <translation>Ditampilkan atas permintaan pimpinan rapat · %1: %2</translation>
    </message>
    <message>
        <source>House photo %1 of %2</source>
        <translation>Foto rumah %1 dari %2</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalChangesView</name>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Data baru</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Anggota %1</translation>
    </message>
    <message>
        <source>Changes this proposal makes</source>
        <translation>Perubahan yang dibuat usulan ini</translation>
    </message>
    <message>
        <source>No field changes yet. Member types add their changes (presence and date) when saved.</source>
        <translation>Belum ada perubahan isian. Usulan tentang anggota menambahkan perubahannya (keberadaan dan tanggal) saat disimpan.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>%1: version %2</source>
        <translation>%1: versi %2</translation>
    </message>
    <message>
        <source>Base versions:</source>
        <translation>Versi dasar:</translation>
    </message>
    <message>
        <source>Target gone: the household is missing in the newest snapshot.</source>
        <translation>Keluarga ini tidak ada lagi di data DTSEN terbaru.</translation>
    </message>
    <message>
        <source>Stale: compare below and re-confirm.</source>
        <translation>Perlu dikonfirmasi ulang: bandingkan di bawah ini, lalu konfirmasi ulang.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(record gone)</source>
        <translation>(data tidak ada lagi)</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalEditor</name>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Tandai siap</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Kembali ke draf</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tarik usulan…</translation>
    </message>
    <message>
        <source>Proposal %1 does not exist.</source>
        <translation>Usulan %1 tidak ada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete:&lt;/b&gt; nothing required is missing.</source>
        <translation>&lt;b&gt;Lengkap:&lt;/b&gt; semua yang wajib sudah ada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still missing before it can be marked ready:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Masih kurang sebelum dapat ditandai siap:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Recommended:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Disarankan:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>Objection period ends %1.</source>
        <translation>Masa sanggah berakhir pada %1.</translation>
    </message>
    <message>
        <source>Checks that nothing required is missing, then marks the proposal ready for the musdes</source>
        <translation>Memastikan semua yang wajib sudah ada, lalu menandai usulan siap untuk musdes</translation>
    </message>
    <message>
        <source>New proposal: %1</source>
        <translation>Usulan baru: %1</translation>
    </message>
    <message>
        <source>Target gone: this household is missing in the newest snapshot. The proposal cannot be marked ready; withdraw it or wait for the next snapshot.</source>
        <translation>Keluarga ini tidak ada lagi di data DTSEN terbaru, sehingga usulan tidak dapat ditandai siap. Tarik usulan ini atau tunggu data DTSEN berikutnya.</translation>
    </message>
    <message>
        <source>Stale: the registry changed since this proposal was written. Compare base, current and proposed values on the Changes tab and re-confirm.</source>
        <translation>Perlu dikonfirmasi ulang: data berubah sejak usulan ini ditulis. Bandingkan nilai dasar, nilai terkini, dan nilai usulan di tab Perubahan, lalu konfirmasi ulang.</translation>
    </message>
    <message>
        <source>“%1” attached; it is stored when the draft is saved.</source>
        <translation>“%1” dilampirkan; disimpan saat draf disimpan.</translation>
    </message>
    <message>
        <source>“%1” stored as evidence.</source>
        <translation>“%1” disimpan sebagai bukti.</translation>
    </message>
    <message>
        <source>Replaced by “%1” (version %2); the older version is kept.</source>
        <translation>Diganti dengan “%1” (versi %2); versi lama tetap disimpan.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draf disimpan.</translation>
    </message>
    <message>
        <source>Cannot mark ready; still missing:
• %1</source>
        <translation>Belum dapat ditandai siap; masih kurang:
• %1</translation>
    </message>
    <message>
        <source>Marked ready for the musdes.</source>
        <translation>Ditandai siap untuk musdes.</translation>
    </message>
    <message>
        <source>Back to draft: it can be edited again.</source>
        <translation>Kembali ke draf: dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>Ditarik.</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Tarik usulan</translation>
    </message>
    <message>
        <source>Why is this proposal withdrawn? The reason is kept in its history.</source>
        <translation>Mengapa usulan ini ditarik? Alasannya disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>Re-confirmed: the current data is the new base.</source>
        <translation>Dikonfirmasi ulang: data terkini menjadi dasar baru.</translation>
    </message>
    <message>
        <source>New household data</source>
        <translation>Data keluarga baru</translation>
    </message>
    <message>
        <source>New member data</source>
        <translation>Data anggota baru</translation>
    </message>
    <message>
        <source>&lt;b&gt;Errors in the new record&apos;s data&lt;/b&gt; (see its tab):</source>
        <translation>&lt;b&gt;Kesalahan pada data baru&lt;/b&gt; (lihat tabnya):</translation>
    </message>
    <message>
        <source>Cannot mark ready; the new record&apos;s data has errors:
• %1</source>
        <translation>Belum dapat ditandai siap; data baru masih mengandung kesalahan:
• %1</translation>
    </message>
    <message>
        <source>This proposal was not saved before the vault was locked; it is shown as it was written.</source>
        <translation>Usulan ini belum tersimpan saat brankas dikunci; isinya ditampilkan seperti yang ditulis.</translation>
    </message>
    <message>
        <source>Proposal not saved</source>
        <translation>Usulan belum tersimpan</translation>
    </message>
    <message>
        <source>This proposal could not be kept as a draft:
%1

Close it and lose what was written?</source>
        <translation>Usulan ini tidak dapat disimpan sebagai draf:
%1

Tutup dan buang yang sudah ditulis?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjutkan menyunting</translation>
    </message>
    <message>
        <source>new family of %1</source>
        <translation>keluarga baru %1</translation>
    </message>
    <message>
        <source>household of %1</source>
        <translation>keluarga %1</translation>
    </message>
    <message>
        <source>New proposal: %1 — %2</source>
        <translation>Usulan baru: %1 — %2</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation>Usulan %1: %2</translation>
    </message>
    <message>
        <source>Proposal %1: %2 — %3</source>
        <translation>Usulan %1: %2 — %3</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as dd/mm/yyyy, for example 14/03/1975.</source>
        <translation>“%1” bukan tanggal: ketik sebagai hh/bb/tttt, misalnya 14/03/1975.</translation>
    </message>
    <message>
        <source>Withdraw proposal %1 (%2)? It cannot be taken up again; it stays in the history.</source>
        <translation>Tarik usulan %1 (%2)? Usulan yang ditarik tidak dapat dilanjutkan lagi, tetapi tetap ada dalam riwayat.</translation>
    </message>
    <message>
        <source>Withdraw proposal %1 (%2, %3)? It cannot be taken up again; it stays in the history.</source>
        <translation>Tarik usulan %1 (%2, %3)? Usulan yang ditarik tidak dapat dilanjutkan lagi, tetapi tetap ada dalam riwayat.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tarik usulan</translation>
    </message>
    <message>
        <source>&amp;Keep the proposal</source>
        <translation>&amp;Pertahankan usulan</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · versi %3</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalForm</name>
    <message>
        <source>New number</source>
        <translation>Nomor baru</translation>
    </message>
    <message>
        <source>Split: members to a new family</source>
        <translation>Pecah KK: anggota pindah ke keluarga baru</translation>
    </message>
    <message>
        <source>Merge into another family</source>
        <translation>Gabung ke keluarga lain</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>no such household</source>
        <translation>keluarga tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation>%1 (kepala keluarga)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>kepala keluarga: %1</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Tanggal meninggal:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalHistoryView</name>
    <message>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Ditulis oleh %1 pada %2.</translation>
    </message>
    <message>
        <source>%1 — %2 → %3 by %4</source>
        <translation>%1 — %2 → %3 oleh %4</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: “%1”</translation>
    </message>
    <message>
        <source>The district&apos;s verdicts</source>
        <translation>Putusan dinas sosial</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Diputus oleh %1</translation>
    </message>
    <message>
        <source>Returned to the village: it comes back as a new draft, %1, to correct and propose again.</source>
        <translation>Dikembalikan ke desa: usulan ini kembali sebagai draf baru, %1, untuk diperbaiki dan diusulkan lagi.</translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation>usulan %1</translation>
    </message>
    <message>
        <source>%1. “%2”</source>
        <translation>%1. “%2”</translation>
    </message>
    <message>
        <source>This draft replaces %1, which the dinas sosial returned: %2</source>
        <translation>Draf ini menggantikan %1, yang dikembalikan dinas sosial: %2</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ProposalListPage</name>
    <message>
        <source>&lt;b&gt;Change proposals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usulan perubahan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>RT/RW:</source>
        <translation>RT/RW:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Petugas:</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>Usulan baru…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Hanya yang perlu dikonfirmasi ulang</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All RT/RW</source>
        <translation>Semua RT/RW</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>RW %1 (all RT)</source>
        <translation>RW %1 (semua RT)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 ditampilkan</translation>
    </message>
    <message>
        <source>No proposals yet. %1</source>
        <translation>Belum ada usulan. %1</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Selesaikan…</translation>
    </message>
    <message>
        <source>Settle what the newest DTSEN data means for the selected proposal</source>
        <translation>Selesaikan dampak data DTSEN terbaru pada usulan yang dipilih</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReadyProposalPicker</name>
    <message>
        <source>Add to the agenda</source>
        <translation>Tambahkan ke agenda</translation>
    </message>
    <message numerus="yes">
        <source>Tick the proposals to put on the agenda (Space ticks the selected row). %n proposal(s) ready.</source>
        <translation>
            <numerusform>Centang usulan yang akan dimasukkan ke agenda (Spasi mencentang baris yang dipilih). %n usulan siap.</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposal is ready. A proposal is put on the agenda once it is marked ready in its editor.</source>
        <translation>Belum ada usulan yang siap. Usulan dapat masuk agenda setelah ditandai siap di penyuntingnya.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReenrolmentPage</name>
    <message>
        <source>An officer whose role may enrol the laptop (the operator or the kepala desa) opens the vault to do it.</source>
        <translation>Petugas yang perannya boleh mendaftarkan komputer ini (operator atau kepala desa) perlu membuka brankas untuk melakukannya.</translation>
    </message>
    <message>
        <source>The district hub &quot;%1&quot; revoked this laptop&apos;s enrolment on %2, so Verdes has locked the village&apos;s data: households, proposals and meetings cannot be opened, searched or exported on this laptop for now. Nothing was deleted: the data stays encrypted and safe in the vault.</source>
        <translation>Server dinas sosial &quot;%1&quot; mencabut pendaftaran komputer ini pada %2, sehingga Verdes mengunci data desa: rumah tangga, usulan, dan musdes untuk sementara tidak dapat dibuka, dicari, atau diekspor di komputer ini. Tidak ada yang dihapus: data tetap terenkripsi dan aman di dalam brankas.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::RevealDialog</name>
    <message>
        <source>Show to the room</source>
        <translation>Tampilkan ke peserta</translation>
    </message>
    <message>
        <source>At the chair&apos;s request, one hidden value of %1 can be shown on the projector until the next item. It is recorded with the chair&apos;s name, your name and the reason.</source>
        <translation>Atas permintaan pimpinan rapat, satu data tersembunyi milik %1 dapat ditampilkan di proyektor sampai butir berikutnya. Hal ini dicatat bersama nama pimpinan rapat, nama Anda, dan alasannya.</translation>
    </message>
    <message>
        <source>for example: two members have the same name</source>
        <translation>misalnya: dua anggota bernama sama</translation>
    </message>
    <message>
        <source>&amp;Value to show:</source>
        <translation>&amp;Data yang ditampilkan:</translation>
    </message>
    <message>
        <source>&amp;Why (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewItemView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>anggota %1</translation>
    </message>
    <message>
        <source>household %1</source>
        <translation>keluarga %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>NIK match</source>
        <translation>Padan NIK</translation>
    </message>
    <message>
        <source>Sent to the hub</source>
        <translation>Terkirim ke server</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <source>Ground check…</source>
        <translation>Verifikasi lapangan…</translation>
    </message>
    <message>
        <source>Ground check result…</source>
        <translation>Hasil verifikasi lapangan…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>button text and its key</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tombol %2)</translation>
    </message>
    <message>
        <source>Back to the queue [Esc]</source>
        <translation>Kembali ke antrean [Esc]</translation>
    </message>
    <message>
        <source>Back to the queue (Escape)</source>
        <translation>Kembali ke antrean (Escape)</translation>
    </message>
    <message>
        <source>Previous [P]</source>
        <translation>Sebelumnya [P]</translation>
    </message>
    <message>
        <source>The previous item of the queue (P or Page Up)</source>
        <translation>Butir sebelumnya di antrean (P atau Page Up)</translation>
    </message>
    <message>
        <source>Next [N]</source>
        <translation>Berikutnya [N]</translation>
    </message>
    <message>
        <source>The next item of the queue (N or Page Down)</source>
        <translation>Butir berikutnya di antrean (N atau Page Down)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · household %3</source>
        <translation>%1 · %2 · keluarga %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>The village&apos;s meeting proposes to remove this flagged household from the registry.</source>
        <translation>Musdes mengusulkan keluarga yang ditandai ini dikeluarkan dari data.</translation>
    </message>
    <message>
        <source>The completeness check found missing: %1.</source>
        <translation>Pemeriksaan kelengkapan menemukan kekurangan: %1.</translation>
    </message>
    <message>
        <source>The batch holds no sealed berita acara or SPTJM.</source>
        <translation>Paket perubahan ini tidak memuat berita acara atau SPTJM yang disegel.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Village&apos;s proposal number</source>
        <translation>Nomor usulan desa</translation>
    </message>
    <message>
        <source>none (a flagged household)</source>
        <translation>tidak ada (keluarga yang ditandai)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Paket perubahan</translation>
    </message>
    <message>
        <source>number %1 of the village, made %2, received by the hub %3</source>
        <translation>nomor %1 dari desa, dibuat %2, diterima server %3</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Berita acara or SPTJM</source>
        <translation>Berita acara atau SPTJM</translation>
    </message>
    <message>
        <source>in the batch, sealed</source>
        <translation>ada di paket, disegel</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Perubahan (lama → baru)</translation>
    </message>
    <message>
        <source>No field changes.</source>
        <translation>Tidak ada isian yang berubah.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>%1 (new: %2)</source>
        <translation>%1 (baru: %2)</translation>
    </message>
    <message>
        <source>Base versions</source>
        <translation>Versi dasar</translation>
    </message>
    <message>
        <source>%1: version %2</source>
        <translation>%1: versi %2</translation>
    </message>
    <message>
        <source>The village&apos;s reason</source>
        <translation>Alasan dari desa</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>BNBA line</source>
        <translation>Baris BNBA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>%1 · %2 · received %3</source>
        <translation>%1 · %2 · diterima %3</translation>
    </message>
    <message>
        <source>Nothing else is pending for this household.</source>
        <translation>Tidak ada butir lain keluarga ini yang masih ditinjau.</translation>
    </message>
    <message>
        <source>%1 – open it large with Enter or a double click</source>
        <translation>%1 – buka besar dengan Enter atau klik dua kali</translation>
    </message>
    <message>
        <source>No evidence came with this item.</source>
        <translation>Butir ini tidak disertai bukti.</translation>
    </message>
    <message>
        <source>&amp;Evidence (Enter opens it large):</source>
        <translation>&amp;Bukti (Enter membukanya besar):</translation>
    </message>
    <message>
        <source>facilitator: %1</source>
        <translation>pendamping: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>ditolak (%1)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>No verdict on this item yet.</source>
        <translation>Belum ada putusan atas butir ini.</translation>
    </message>
    <message>
        <source>Verdicts on this item:</source>
        <translation>Putusan atas butir ini:</translation>
    </message>
    <message>
        <source>%1: the verdict is signed and kept. It goes to the hub with the next upload.</source>
        <translation>%1: putusan sudah ditandatangani dan disimpan. Putusan dikirim ke server bersama kiriman berikutnya.</translation>
    </message>
    <message>
        <source>You hold this item until %1.</source>
        <translation>Anda memegang butir ini sampai %1.</translation>
    </message>
    <message>
        <source>Held: %1 until %2</source>
        <extracomment>another reviewer took the item through the hub (&quot;Sri Wahyuni&quot;, &quot;08-12 14:00&quot;)</extracomment>
        <translation>Dipegang: %1 s.d. %2</translation>
    </message>
    <message>
        <source>%1 has taken this item until %2.</source>
        <translation>%1 telah mengambil butir ini sampai %2.</translation>
    </message>
    <message>
        <source>The item is released.</source>
        <translation>Butir ini sudah dilepaskan.</translation>
    </message>
    <message>
        <source>The item is yours until %1.</source>
        <translation>Butir ini milik Anda sampai %1.</translation>
    </message>
    <message>
        <source>The hub did not give the item.</source>
        <translation>Server dinas sosial tidak memberikan butir ini.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewProgressView</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Oldest open (days)</source>
        <translation>Terbuka terlama (hari)</translation>
    </message>
    <message>
        <source>Last meeting batch</source>
        <translation>Paket musyawarah terakhir</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) received, </source>
        <translation>
            <numerusform>%n paket diterima, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); </source>
        <translation>
            <numerusform>%n butir; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the district&apos;s %1 villages made no batch from a meeting in the last %2 days.</source>
        <translation>
            <numerusform>%n dari %1 desa di kabupaten/kota ini tidak membuat paket dari musyawarah dalam %2 hari terakhir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items by state</source>
        <translation>Butir menurut status</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>belum ada yang diterima</translation>
    </message>
    <message>
        <source>Items by type</source>
        <translation>Butir menurut jenis</translation>
    </message>
    <message>
        <source>Items by village</source>
        <translation>Butir menurut desa</translation>
    </message>
    <message>
        <source>Incomplete items by what is missing</source>
        <translation>Butir tidak lengkap menurut kekurangannya</translation>
    </message>
    <message>
        <source>every item is complete</source>
        <translation>semua butir lengkap</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>%1 — over %2 days</source>
        <translation>%1 — lebih dari %2 hari</translation>
    </message>
    <message>
        <source>%1 — review progress, %2</source>
        <translation>%1 — kemajuan peninjauan, %2</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Kemajuan peninjauan</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF tidak dapat ditulis ke %1.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Laporan tidak dapat dicetak.</translation>
    </message>
    <message>
        <source>Save the review progress as PDF</source>
        <translation>Simpan kemajuan peninjauan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n approved item(s) written to %1, with the manifest and its signature. The files hold personal data: keep them safe and delete them once forwarded.</source>
        <translation>
            <numerusform>%n butir disetujui ditulis ke %1, dengan manifes dan tanda tangannya. Berkas ini berisi data pribadi: simpan dengan aman dan hapus setelah diteruskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export approved items</source>
        <translation>Ekspor butir disetujui</translation>
    </message>
    <message numerus="yes">
        <source>The export holds the names, NIK and KK of the people in %n approved item(s). It is recorded in the history. Export them?</source>
        <translation>
            <numerusform>Ekspor ini berisi nama, NIK, dan KK orang-orang dalam %n butir yang disetujui. Ekspor dicatat dalam riwayat. Ekspor sekarang?</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Folder untuk ekspor</translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewQueueView</name>
    <message>
        <source>any time</source>
        <translation>berapa pun</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Every village</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The queue is empty: import the batches the hub received on the overview tab.</source>
        <translation>Antrean kosong: impor paket perubahan yang diterima server di tab Ringkasan.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>butir %1</translation>
    </message>
    <message>
        <source>%1 · %2 · household %3 · %4</source>
        <translation>%1 · %2 · keluarga %3 · %4</translation>
    </message>
    <message>
        <source>Select the items first (Shift or Ctrl with the arrows or a click).</source>
        <translation>Pilih butirnya dulu (Shift atau Ctrl dengan tombol panah atau klik).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) decided. The verdicts go to the hub with the next upload.</source>
        <translation>
            <numerusform>%1: %n butir sudah diputuskan. Putusan dikirim ke server bersama kiriman berikutnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 dari %n butir ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a village first: every open item of it is taken.</source>
        <translation>Pilih desa lebih dulu: semua butir terbukanya akan diambil.</translation>
    </message>
    <message>
        <source>This village has no open item to take.</source>
        <translation>Desa ini tidak punya butir terbuka untuk diambil.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) taken for the field visit</source>
        <translation>
            <numerusform>%n butir diambil untuk kunjungan lapangan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, for %n day(s).</source>
        <translation>
            <numerusform>, selama %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are held by another reviewer, such as %1 until %2.</source>
        <translation>
            <numerusform>%n butir dipegang peninjau lain, misalnya %1 sampai %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::ReviewerPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Enrolment with the hub</source>
        <translation>Pendaftaran ke server</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <source>Oldest open since</source>
        <translation>Terlama terbuka sejak</translation>
    </message>
    <message>
        <source>Save the request for the hub</source>
        <translation>Simpan permintaan untuk server</translation>
    </message>
    <message>
        <source>Requests for received batches (*.vrfq)</source>
        <translation>Permintaan paket yang diterima (*.vrfq)</translation>
    </message>
    <message>
        <source>Open the batches from the hub</source>
        <translation>Buka paket perubahan dari server</translation>
    </message>
    <message>
        <source>Received batches (*.vrfd);;All files (*)</source>
        <translation>Paket yang diterima (*.vrfd);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 · district %2</source>
        <translation>%1 · kabupaten/kota %2</translation>
    </message>
    <message>
        <source>District hub: %1, fingerprint %2.</source>
        <translation>Server dinas sosial: %1, sidik jari %2.</translation>
    </message>
    <message>
        <source>No district hub yet: the first reviewer whose enrolment the hub answers connects this vault to it.</source>
        <translation>Belum ada server dinas sosial: peninjau pertama yang pendaftarannya dijawab server menghubungkan brankas ini dengannya.</translation>
    </message>
    <message>
        <source>enrolled %1 (key %2)</source>
        <translation>terdaftar %1 (kunci %2)</translation>
    </message>
    <message>
        <source>request made (key %1), waiting for the hub&apos;s answer</source>
        <translation>permintaan sudah dibuat (kunci %1), menunggu jawaban server</translation>
    </message>
    <message>
        <source>not enrolled yet</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>reviews nothing</source>
        <translation>tidak meninjau apa pun</translation>
    </message>
    <message>
        <source>Opened with the recovery key: no reviewer enrols.</source>
        <translation>Dibuka dengan kunci pemulihan: tidak ada peninjau yang mendaftar.</translation>
    </message>
    <message>
        <source>You, %1: %2.</source>
        <translation>Anda, %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing received yet. The hub&apos;s operator answers a request file with the batches the villages sent (verdes-hub feed); import that file here.</source>
        <translation>Belum ada yang diterima. Operator server menjawab berkas permintaan dengan paket perubahan yang dikirim desa-desa (verdes-hub feed); impor berkas itu di sini.</translation>
    </message>
    <message>
        <source>The request was saved to %1. The hub&apos;s operator answers it with a file of the batches; import that file here.</source>
        <translation>Permintaan disimpan ke %1. Operator server menjawabnya dengan berkas berisi paket perubahan; impor berkas itu di sini.</translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es) received</source>
        <translation>
            <numerusform>%n paket perubahan baru diterima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the queue</source>
        <translation>
            <numerusform>%n butir ditambahkan ke antrean</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them lack something the completeness check looks for.</source>
        <translation>
            <numerusform>%n di antaranya kurang sesuatu yang diperiksa dalam pemeriksaan kelengkapan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub has more: make another request file.</source>
        <translation>Server masih punya lagi: buat berkas permintaan berikutnya.</translation>
    </message>
    <message>
        <source>Save the reviewer enrolment request</source>
        <translation>Simpan permintaan pendaftaran peninjau</translation>
    </message>
    <message>
        <source>Reviewer enrolment requests (*.vrvq)</source>
        <translation>Permintaan pendaftaran peninjau (*.vrvq)</translation>
    </message>
    <message>
        <source>Fingerprint of your reviewer key</source>
        <translation>Sidik jari kunci peninjau Anda</translation>
    </message>
    <message>
        <source>Your request was saved to %1. Take it to the hub&apos;s operator and read them the fingerprint %2.</source>
        <translation>Permintaan Anda disimpan ke %1. Bawa ke operator server dan bacakan sidik jari %2.</translation>
    </message>
    <message>
        <source>Open the hub&apos;s answer</source>
        <translation>Buka jawaban server</translation>
    </message>
    <message>
        <source>Reviewer enrolment answers (*.vrva);;All files (*)</source>
        <translation>Jawaban pendaftaran peninjau (*.vrva);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The answer of %1 enrols you as %2. Now type the hub&apos;s fingerprint the operator told you; it must be %3.</source>
        <translation>Jawaban dari %1 mendaftarkan Anda sebagai %2. Sekarang ketik sidik jari server yang disebutkan operator; sidik jari itu harus %3.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the one of this answer, so nothing was changed. Check the fingerprint with the hub&apos;s operator, or ask them for a new answer.</source>
        <translation>Sidik jari yang Anda ketik bukan milik jawaban ini, jadi tidak ada yang diubah. Periksa sidik jari bersama operator server, atau minta jawaban baru.</translation>
    </message>
    <message>
        <source>You are now enrolled with %1 as %2: the hub accepts what your key signs.</source>
        <translation>Anda sekarang terdaftar di %1 sebagai %2: server menerima apa yang ditandatangani kunci Anda.</translation>
    </message>
    <message>
        <source>Nothing new: this vault holds every batch of the file already.</source>
        <translation>Tidak ada yang baru: brankas ini sudah menyimpan semua paket dari berkas itu.</translation>
    </message>
    <message>
        <source>Open the hub&apos;s receipt for the verdicts</source>
        <translation>Buka tanda terima putusan dari server</translation>
    </message>
    <message>
        <source>Receipts for verdicts (*.vdrc);;All files (*)</source>
        <translation>Tanda terima putusan (*.vdrc);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Every verdict given in this vault has reached the hub.</source>
        <translation>Semua putusan di brankas ini sudah sampai di server.</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) not yet accepted by the hub. Save them to a USB stick for the hub&apos;s operator, then import the receipt the operator gives back.</source>
        <translation>
            <numerusform>%n putusan belum diterima server. Simpan ke USB untuk operator server, lalu impor tanda terima yang diberikan operator.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the verdicts for the hub</source>
        <translation>Simpan putusan untuk server</translation>
    </message>
    <message>
        <source>Verdicts for the hub (*.vdup)</source>
        <translation>Putusan untuk server (*.vdup)</translation>
    </message>
    <message>
        <source>There is no verdict to send: the hub has every one.</source>
        <translation>Tidak ada putusan yang perlu dikirim: server sudah menerima semuanya.</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) saved to %1. The hub&apos;s operator stores them (verdes-hub verdicts) and gives you a receipt; import it here.</source>
        <translation>
            <numerusform>%n putusan disimpan ke %1. Operator server menyimpannya (verdes-hub verdicts) dan memberi Anda tanda terima; impor tanda terima itu di sini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub accepted %n verdict(s).</source>
        <translation>
            <numerusform>Server menerima %n putusan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It refused %n: another reviewer may have decided first, or a key or role is no longer valid. Open the items to see why.</source>
        <translation>
            <numerusform>Server menolak %n: mungkin peninjau lain sudah memutus lebih dulu, atau kunci atau peran tidak berlaku lagi. Buka butirnya untuk melihat sebabnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::SealDialog</name>
    <message>
        <source>Seal the meeting</source>
        <translation>Segel rapat</translation>
    </message>
    <message>
        <source>&amp;Chair who seals:</source>
        <translation>&amp;Pimpinan yang menyegel:</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Kata &amp;sandinya:</translation>
    </message>
    <message>
        <source>&amp;Seal</source>
        <translation>Se&amp;gel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This meeting is no longer in the vault.</source>
        <translation>Rapat ini tidak ada lagi di brankas.</translation>
    </message>
    <message>
        <source>Meeting %1 of %2

Agreed or kept: %3
Rejected or proposed for removal: %4
Deferred: %5
Not decided: %6
Attendance: %7</source>
        <translation>Rapat %1 tanggal %2

Disetujui atau tetap: %3
Ditolak atau diusulkan dikeluarkan: %4
Ditunda: %5
Belum diputuskan: %6
Hadir: %7 orang</translation>
    </message>
    <message>
        <source>This meeting is already sealed (seal %1).</source>
        <translation>Rapat ini sudah disegel (segel %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not decided yet. A meeting is sealed only when every item is decided: go back and record the decisions first.</source>
        <translation>
            <numerusform>%n butir belum diputuskan. Rapat hanya dapat disegel bila semua butir sudah diputuskan: kembali dan catat keputusannya dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>After sealing nothing of this meeting can change: not the decisions, not the attendance, not the meeting&apos;s data. A mistake can only be corrected by an addendum meeting. Agreed proposals become sealed and deferred ones return for the next meeting.</source>
        <translation>Setelah disegel, tidak ada bagian rapat ini yang dapat diubah: keputusan, daftar hadir, maupun data rapat. Kesalahan hanya dapat diperbaiki melalui rapat susulan (adendum). Usulan yang disetujui menjadi tersegel dan usulan yang ditunda kembali untuk rapat berikutnya.</translation>
    </message>
    <message>
        <source>No officer may seal: add the chair (Ketua BPD) or the kepala desa as an officer with that role (Vault ▸ Officers).</source>
        <translation>Belum ada petugas yang boleh menyegel: tambahkan ketua BPD atau kepala desa sebagai petugas dengan peran itu (Brankas ▸ Petugas).</translation>
    </message>
    <message>
        <source>Type the passphrase of %1.</source>
        <translation>Ketik kata sandi %1.</translation>
    </message>
    <message>
        <source>Checking the passphrase of %1…</source>
        <translation>Memeriksa kata sandi %1…</translation>
    </message>
    <message>
        <source>Sealing the meeting as %1…</source>
        <translation>Menyegel rapat atas nama %1…</translation>
    </message>
    <message>
        <source>The meeting is sealed. Seal: %1. Write it on the signed minutes.</source>
        <translation>Rapat sudah disegel. Segel: %1. Tuliskan pada berita acara yang ditandatangani.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>verdes::ui::SettingsDialog</name>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Document &amp;templates…</source>
        <translation>&amp;Templat dokumen…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> orang</translation>
    </message>
</context>
<context>
    <name>verdes::ui::SnapshotConflictDialog</name>
    <message>
        <source>&lt;b&gt;Proposal %1: %2&lt;/b&gt; — %3</source>
        <translation>&lt;b&gt;Usulan %1: %2&lt;/b&gt; — %3</translation>
    </message>
    <message>
        <source>The new DTSEN data changed a field this proposal changes too. For each field, keep the proposed value (the proposal goes on, based on the DTSEN value) or take the DTSEN value (that change is dropped; with nothing left, the proposal is withdrawn). Nothing changes until you apply.</source>
        <translation>Data DTSEN baru mengubah kolom yang juga diubah usulan ini. Untuk setiap kolom, pertahankan nilai usulan (usulan berlanjut, berdasarkan nilai DTSEN) atau ambil nilai DTSEN (perubahan itu dihapus; bila tidak ada yang tersisa, usulan ditarik). Tidak ada yang berubah sebelum Anda menerapkannya.</translation>
    </message>
    <message>
        <source>The household or member of this proposal is no longer in the DTSEN data. It stays blocked until you withdraw it; write the reason.</source>
        <translation>Keluarga atau anggota pada usulan ini tidak ada lagi di data DTSEN. Usulan tetap tertahan sampai Anda menariknya; tuliskan alasannya.</translation>
    </message>
    <message>
        <source>The district approved this proposal, but the newest DTSEN data does not show the change. If it is still needed, propose it again: a new draft copies it.</source>
        <translation>Dinas sosial sudah menyetujui usulan ini, tetapi data DTSEN terbaru tidak menunjukkan perubahannya. Bila masih perlu, usulkan lagi: draf baru menyalinnya.</translation>
    </message>
    <message>
        <source>The newest DTSEN data leaves nothing to settle for this proposal.</source>
        <translation>Data DTSEN terbaru tidak meninggalkan apa pun yang perlu diselesaikan untuk usulan ini.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Keep the proposed value</source>
        <translation>Pertahankan nilai usulan</translation>
    </message>
    <message>
        <source>Take the DTSEN value</source>
        <translation>Ambil nilai DTSEN</translation>
    </message>
    <message>
        <source>Nothing was left to propose: the proposal was withdrawn.</source>
        <translation>Tidak ada lagi yang diusulkan: usulan ditarik.</translation>
    </message>
    <message>
        <source>Resolved. The proposal is now based on the new DTSEN data.</source>
        <translation>Selesai. Usulan kini berdasarkan data DTSEN baru.</translation>
    </message>
    <message>
        <source>The proposal was withdrawn.</source>
        <translation>Usulan ditarik.</translation>
    </message>
    <message>
        <source>Proposed again as draft %1.</source>
        <translation>Diusulkan lagi sebagai draf %1.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::SubjectAccessDialog</name>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Simpan laporan…</translation>
    </message>
    <message>
        <source>Save the personal data access report</source>
        <translation>Simpan laporan akses data pribadi</translation>
    </message>
    <message>
        <source>personal-data-report</source>
        <translation>laporan-data-pribadi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The report (%n page(s)) was saved as %1. Give it only to the person it is about.</source>
        <translation>
            <numerusform>Laporan (%n halaman) disimpan sebagai %1. Berikan hanya kepada orang yang bersangkutan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This vault holds nothing about a person with this NIK. The report saying so (%n page(s)) was saved as %1.</source>
        <translation>
            <numerusform>Brankas ini tidak menyimpan data apa pun tentang orang dengan NIK ini. Laporan yang menyatakannya (%n halaman) disimpan sebagai %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>verdes::ui::TemplateEditorDialog</name>
    <message>
        <source>Document templates</source>
        <translation>Templat dokumen</translation>
    </message>
    <message>
        <source>The meeting&apos;s documents are made from these templates: HTML with placeholders such as {{tanggal}} that are filled in from the meeting. Double-click a placeholder to insert it.</source>
        <translation>Dokumen musyawarah dibuat dari templat ini: HTML dengan penanda seperti {{tanggal}} yang diisi dari data musyawarah. Klik dua kali sebuah penanda untuk menyisipkannya.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Kembalikan bawaan</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was saved.</source>
        <translation>Templat &quot;%1&quot; sudah disimpan.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is the default again.</source>
        <translation>Templat &quot;%1&quot; kembali ke bawaan.</translation>
    </message>
</context>
<context>
    <name>verdes::ui::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Use an officer&apos;s passphrase instead</source>
        <translation>Pakai kata sandi petugas</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>Lupa kata sandi? Pakai kunci pemulihan</translation>
    </message>
</context>
<context>
    <name>verdes::ui::VerdictDialog</name>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>The item is verified and goes to the office head to approve or reject.</source>
        <translation>Butir ini diverifikasi dan diteruskan ke kepala dinas untuk disetujui atau ditolak.</translation>
    </message>
    <message>
        <source>Return to the village</source>
        <translation>Kembalikan ke desa</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>The item goes back to the village with the reason, as a new draft linked to this one. Choose the reason and write what the village must do.</source>
        <translation>Butir ini dikembalikan ke desa beserta alasannya, sebagai draf baru yang terkait dengan butir ini. Pilih alasannya dan tulis apa yang harus dilakukan desa.</translation>
    </message>
    <message>
        <source>Assign a ground check</source>
        <translation>Tugaskan verifikasi lapangan</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <source>A facilitator (pendamping) visits the household to check the proposal.</source>
        <translation>Seorang pendamping mengunjungi keluarga ini untuk memeriksa usulannya.</translation>
    </message>
    <message>
        <source>Record the ground check&apos;s result</source>
        <translation>Catat hasil verifikasi lapangan</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>What the facilitator found at the household.</source>
        <translation>Apa yang ditemukan pendamping di keluarga ini.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>The item is approved. The village&apos;s registry changes with the next snapshot.</source>
        <translation>Butir ini disetujui. Data desa berubah pada snapshot berikutnya.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <source>The district rejects the item. The village sees the reason.</source>
        <translation>Dinas menolak butir ini. Desa akan melihat alasannya.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Pilih alasan…</translation>
    </message>
    <message>
        <source>Choose the result…</source>
        <translation>Pilih hasil…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The completeness check found: %1.</source>
        <translation>Pemeriksaan kelengkapan menemukan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will change:</source>
        <translation>
            <numerusform>%n butir akan berubah:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are left out: their state does not allow this verdict.</source>
        <translation>
            <numerusform>%n butir dilewati: statusnya tidak memungkinkan putusan ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reason: the village must know why.</source>
        <translation>Pilih alasannya: desa perlu tahu sebabnya.</translation>
    </message>
    <message>
        <source>Type the name of the facilitator who visits the household.</source>
        <translation>Ketik nama pendamping yang mengunjungi keluarga ini.</translation>
    </message>
    <message>
        <source>Choose what the ground check found.</source>
        <translation>Pilih hasil verifikasi lapangan.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Catatan terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
</context>
</TS>
