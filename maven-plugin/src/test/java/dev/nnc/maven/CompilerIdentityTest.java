package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.NncCompiler;
import org.junit.jupiter.api.Test;

class CompilerIdentityTest {
    @Test
    void namesTheVersionAndHashesTheCode() {
        String identity = CompilerIdentity.current();
        assertTrue(identity.matches("nnc " + NncCompiler.VERSION.replace(".", "\\.") + " [0-9a-f]{16}"), identity);
        assertEquals(identity, CompilerIdentity.current());
    }
}
