package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the daemon reads from its clients, as the launcher writes it, and what it refuses. */
class DaemonRequestTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private static DaemonRequest read(String wire) throws IOException {
        return DaemonRequest.read(new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8)), TOKEN);
    }

    @Test
    void aRunCarriesItsFolderPipesTerminalCacheAndArguments() throws IOException {
        DaemonRequest request = read(TOKEN + "\0run\0/home/ada/nets\0/tmp/p/out\0/tmp/p/err\0" + "1\0" + "132\0"
                + "/home/ada/.xdg\0" + "4\0train\0digits ü.nn\0--rate\0\0");
        assertEquals("run", request.verb());
        assertEquals("/home/ada/nets", request.folder());
        assertEquals("/tmp/p/out", request.out());
        assertEquals("/tmp/p/err", request.err());
        assertTrue(request.interactive());
        assertEquals(132, request.width());
        assertEquals("/home/ada/.xdg", request.cacheHome());
        assertEquals(List.of("train", "digits ü.nn", "--rate", ""), request.args(), "an empty argument stays one");
    }

    @Test
    void statusAndStopAreTheVerbAlone() throws IOException {
        assertEquals("stop", read(TOKEN + "\0stop\0").verb());
        DaemonRequest status = read(TOKEN + "\0status\0");
        assertEquals("status", status.verb());
        assertFalse(status.interactive());
        assertEquals(List.of(), status.args());
    }

    @Test
    void aWrongTokenATruncatedOrAMalformedRequestIsRefused() {
        assertThrows(IOException.class, () -> read("fedcba9876543210fedcba9876543210\0stop\0"));
        assertThrows(IOException.class, () -> read(TOKEN.substring(1) + "\0stop\0"));
        assertThrows(IOException.class, () -> read(TOKEN + "\0run\0/f\0/o\0/e\0" + "0\0" + "80\0\0" + "3\0train\0a.nn\0"));
        assertThrows(IOException.class, () -> read(TOKEN + "\0run\0/f\0/o\0/e\0" + "0\0" + "wide\0\0" + "0\0"));
        assertThrows(IOException.class, () -> read(TOKEN + "\0run\0/f\0/o\0/e\0" + "0\0" + "80\0\0" + "-1\0"));
        assertThrows(IOException.class, () -> read(TOKEN + "\0stop"));
    }

    @Test
    void aRequestLargerThanTheLimitIsRefused() {
        String huge = "x".repeat(DaemonRequest.LIMIT);
        assertThrows(IOException.class, () -> read(TOKEN + "\0run\0/f\0/o\0/e\0" + "0\0" + "80\0\0" + "1\0" + huge + "\0"));
    }
}
