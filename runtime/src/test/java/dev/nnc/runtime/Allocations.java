package dev.nnc.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/** Measures the bytes a piece of code allocates on the current thread (HotSpot only). */
final class Allocations {
    private Allocations() {
    }

    static long during(Runnable code) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        long thread = Thread.currentThread().getId();
        code.run(); // warm up, so that class loading and JIT do not count
        long before = hotspot.getThreadAllocatedBytes(thread);
        code.run();
        return hotspot.getThreadAllocatedBytes(thread) - before;
    }
}
