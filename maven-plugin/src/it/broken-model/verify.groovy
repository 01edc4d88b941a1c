// The build failed (invoker checks that); here: it failed for the right reasons, in nnc's own words.
def log = new File(basedir, 'build.log').text

// Every error, GNU style with the line and a caret, as the command line prints them.
assert log.contains("[ERROR] src/main/nn/broken.nn:4:16: error: unknown activation 'sigmod'")
assert log.contains('[ERROR]     layer h[2] sigmod')
assert log.contains('[ERROR]                ^~~~~~')
assert log.contains('[ERROR] src/main/nn/broken.nn:6:10: error: ')

// The failure names them too, so the summary at the end of a long log is enough.
assert log.contains('nnc: 2 errors in the models:')
assert log =~ /(?s)BUILD FAILURE.*Failed to execute goal dev\.nnc:nnc-maven-plugin:[^:]+:generate .*broken\.nn:4:16: error: unknown activation/

// The good model was still generated; nothing was compiled after the failure.
assert log.contains('nnc: 1 of 2 networks regenerated (0 up to date, 1 with errors)')
assert new File(basedir, 'target/generated-sources/nnc/com/example/Mazur.java').isFile()
assert !new File(basedir, 'target/classes/com/example/Mazur.class').exists()
