// The build itself succeeds; the log says what would silently go wrong later, once each.
def log = new File(basedir, 'build.log').text

def surefire = '[WARNING] nnc: generateTests is on but maven-surefire-plugin 2.12.4 cannot run JUnit 5 tests'
assert log.contains(surefire)
assert log.indexOf(surefire) == log.lastIndexOf(surefire)
assert log.contains('[WARNING] nnc: maven.compiler.release is set but maven-compiler-plugin 3.1 ignores it')
assert new File(basedir, 'target/generated-test-sources/nnc-tests/com/example/MazurGeneratedTest.java').isFile()
