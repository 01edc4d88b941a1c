import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * Reads tanh-glibc.c's lines and keeps every one where the JDK's tanh or expm1 differs from glibc's,
 * every special value, and one in 1,000 of the rest: java TanhSample.java < lines > tanh-glibc.txt
 */
public class TanhSample {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("# glibc 2.36 (x86-64, FMA) tanh and expm1: hex bits of x, tanh(x), expm1(x);"
                + " made by tanh-glibc.c and TanhSample.java");
        long n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split(" ");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
            boolean tanhDiffers = Double.doubleToRawLongBits(Math.tanh(x)) != Long.parseUnsignedLong(f[1], 16);
            boolean expm1Differs = Double.doubleToRawLongBits(StrictMath.expm1(x)) != Long.parseUnsignedLong(f[2], 16);
            if (tanhDiffers || expm1Differs || !Double.isFinite(x) || x == 0 || n++ % 1000 == 0) {
                System.out.println(line);
            }
        }
    }
}
