// The build succeeded (invoker checks that); here: what was generated, compiled, tested and packaged.
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')

assert log.contains('nnc: compiled src/main/nn/com/example/mazur.nn -> com.example.Mazur')
assert log.contains('nnc: compiled src/main/nn/com/example/xor.nn -> com.example.Xor')
assert log.contains('nnc: 2 of 2 networks regenerated (0 up to date); files: 4 written, 0 unchanged, 0 deleted')
assert log.contains('nnc: compiled src/test/nn/com/example/tiny.nn -> com.example.Tiny')
assert log.contains('nnc: 1 of 1 network regenerated (0 up to date); files: 2 written, 0 unchanged, 0 deleted')

assert new File(target, 'generated-sources/nnc/com/example/Mazur.java').text.contains('package com.example;')
assert new File(target, 'generated-test-sources/nnc-tests/com/example/MazurGeneratedTest.java').isFile()
assert new File(target, 'generated-test-sources/nnc/com/example/Tiny.java').isFile()
assert new File(target, 'generated-test-sources/nnc/com/example/TinyGeneratedTest.java').isFile()

// The generated verification tests ran, beside the project's own.
['MazurGeneratedTest', 'XorGeneratedTest', 'TinyGeneratedTest', 'AppTest'].each { name ->
    def report = new File(target, "surefire-reports/TEST-com.example.${name}.xml")
    assert report.isFile() : "no test report for ${name}"
    def count = name.endsWith('GeneratedTest') ? 3 : 2 // gradient, training step and copy; the project's own two
    assert report.text =~ /tests="${count}" errors="0" skipped="0" failures="0"/ : "${name}: ${report.text.take(400)}"
}

def jar = new java.util.jar.JarFile(new File(target, 'basic-1.0.jar'))
try {
    assert jar.getEntry('com/example/Mazur.class') != null
    assert jar.getEntry('com/example/App.class') != null
    assert jar.getEntry('com/example/Tiny.class') == null : 'test networks stay out of the jar'
} finally {
    jar.close()
}
