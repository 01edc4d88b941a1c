package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageNamesTest {
    @Test
    void foldersBecomePackages() {
        assertEquals(Optional.of("com.example"), PackageNames.fromFolder("com/example"));
        assertEquals(Optional.of(""), PackageNames.fromFolder(""));
        assertEquals(Optional.of("a.b_c.$d"), PackageNames.fromFolder("a/b_c/$d"));
    }

    @Test
    void foldersThatAreNotIdentifiersGiveNoPackage() {
        assertEquals(Optional.empty(), PackageNames.fromFolder("my-models"));
        assertEquals(Optional.empty(), PackageNames.fromFolder("com/class"));
        assertEquals(Optional.empty(), PackageNames.fromFolder("2024/nets"));
    }

    @Test
    void configuredNamesAreChecked() {
        assertTrue(PackageNames.isValid(""));
        assertTrue(PackageNames.isValid("dev.nnc.samples"));
        assertFalse(PackageNames.isValid("dev..nnc"));
        assertFalse(PackageNames.isValid("dev.nnc."));
        assertFalse(PackageNames.isValid("dev.int"));
        assertFalse(PackageNames.isValid("dev nnc"));
    }
}
