// Three builds ran (invoker.properties); their logs follow one another in build.log.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('nnc: ') && it.contains(' networks regenerated') }
assert summaries.size() == 3 : summaries.join('\n')

// 1: both generated.
assert summaries[0].endsWith('nnc: 2 of 2 networks regenerated (0 up to date); files: 2 written, 0 unchanged, 0 deleted')
// 2: nothing changed, nothing regenerated or rewritten.
assert summaries[1].endsWith('nnc: 0 of 2 networks regenerated (2 up to date); files: 0 written, 0 unchanged, 0 deleted')
// 3: only the edited model.
assert summaries[2].endsWith('nnc: 1 of 2 networks regenerated (1 up to date); files: 1 written, 0 unchanged, 0 deleted')
def compiled = log.readLines().findAll { it.contains('nnc: compiled ') }
assert compiled.count { it.endsWith('src/main/nn/xor.nn -> com.example.Xor') } == 2 : compiled.join('\n')
assert compiled.count { it.endsWith('src/main/nn/mazur.nn -> com.example.Mazur') } == 1 : compiled.join('\n')

// Build 2 left javac nothing to do: the generated files kept their timestamps.
def builds = log.split(/(?m)^\[INFO\] Scanning for projects/).findAll { it.contains('nnc: ') }
assert builds.size() == 3
assert builds[1].contains('Nothing to compile - all classes are up to date')

// Mazur.java is still the file build 1 wrote; Xor.java was rewritten by build 3 with the new rate.
def generated = new File(basedir, 'target/generated-sources/nnc/com/example')
def mazur = new File(generated, 'Mazur.java')
def xor = new File(generated, 'Xor.java')
assert xor.text.contains('0.25')
assert mazur.lastModified() < xor.lastModified()
def fingerprints = new File(basedir, 'target/nnc/generate-default.properties')
assert fingerprints.text.readLines().findAll { !it.startsWith('#') } == fingerprints.text.readLines().findAll { !it.startsWith('#') }.sort()
