// The build succeeded (invoker checks that): the Vector API classes compiled and their tests ran.
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')

def wide = new File(target, 'generated-sources/nnc/com/example/Wide.java').text
def deep = new File(target, 'generated-test-sources/nnc/com/example/Deep.java').text
def scalar = new File(target, 'generated-sources/nnc-scalar/com/example/WideScalar.java').text
assert wide.contains('import jdk.incubator.vector.DoubleVector;')
assert deep.contains('import jdk.incubator.vector.DoubleVector;')
assert !scalar.contains('jdk.incubator.vector')

// Two goals generated Vector API classes; the hint comes once.
def hint = '[INFO] nnc: the generated classes use the Vector API (jdk.incubator.vector), so javac and every JVM ' +
        'that runs them, tests included, need --add-modules jdk.incubator.vector; add ' +
        '<compilerArgs><arg>--add-modules</arg><arg>jdk.incubator.vector</arg></compilerArgs> to the ' +
        'maven-compiler-plugin\'s <configuration> and <argLine>--add-modules jdk.incubator.vector</argLine> ' +
        'to the maven-surefire-plugin\'s'
assert log.count(hint) == 1 : log.readLines().findAll { it.contains('nnc:') }.join('\n')

['WideGeneratedTest', 'DeepGeneratedTest', 'SameBitsTest'].each { name ->
    def report = new File(target, "surefire-reports/TEST-com.example.${name}.xml")
    assert report.isFile() : "no test report for ${name}"
    def count = name.endsWith('GeneratedTest') ? 3 : 2 // gradient, training step and copy; the project's own two
    assert report.text =~ /tests="${count}" errors="0" skipped="0" failures="0"/ : "${name}: ${report.text.take(400)}"
}

true
