package np.khaacho.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time (in clock ticks) of the application process and of all PostgreSQL processes, from /proc. */
final class CpuSampler {

    private final long appPid;

    CpuSampler(long appPid) {
        this.appPid = appPid;
    }

    /** [application ticks, PostgreSQL ticks] so far. */
    long[] sample() {
        long app = 0;
        long postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] ticks = ticks(process);
                if (ticks == null) {
                    continue;
                }
                if (Long.parseLong(name) == appPid) {
                    app += ticks[0];
                } else if (ticks[1] == 1) {
                    postgres += ticks[0];
                }
            }
        } catch (IOException e) {
            return new long[]{0, 0};
        }
        return new long[]{app, postgres};
    }

    /** Heap-independent peak resident memory of the application (VmHWM), in MiB, or -1. */
    long peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(appPid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** {utime + stime, 1 if the process is PostgreSQL}, or null when it vanished. */
    private static long[] ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String command = stat.substring(stat.indexOf('(') + 1, close);
            String[] fields = stat.substring(close + 2).split(" ");
            long total = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return new long[]{total, command.startsWith("postgres") ? 1 : 0};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
