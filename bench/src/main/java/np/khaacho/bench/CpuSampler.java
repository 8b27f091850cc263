package np.khaacho.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time (in clock ticks, from /proc) of the application's processes (one per instance) and of PostgreSQL: its server
 * processes (writer, checkpointer, …) and the backends of the benchmark's database, not those of
 * other databases on the same server. Counted per process, so connections opened or closed during a
 * phase do not skew the difference.
 */
final class CpuSampler {

    /** A clock tick of /proc (USER_HZ, 100 on Linux). */
    static final double MILLIS_PER_TICK = 10;

    private final Set<Long> appPids;
    private final String database;

    CpuSampler(Set<Long> appPids, String database) {
        this.appPids = Set.copyOf(appPids);
        this.database = database;
    }

    /** Ticks used so far, by process id; the application's under their own ids. */
    Map<Long, Long> sample() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                Long used = appPids.contains(pid) || isPostgres(process) ? ticks(process) : null;
                if (used != null) {
                    ticks.put(pid, used);
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** {application ticks, PostgreSQL ticks} between two samples. */
    long[] used(Map<Long, Long> before, Map<Long, Long> after) {
        long app = 0;
        long postgres = 0;
        for (Map.Entry<Long, Long> process : after.entrySet()) {
            long delta = process.getValue() - before.getOrDefault(process.getKey(), 0L);
            if (appPids.contains(process.getKey())) {
                app += delta;
            } else {
                postgres += delta;
            }
        }
        return new long[]{app, postgres};
    }

    /** Peak resident memory of the application (VmHWM), in MiB, its instances' together, or -1. */
    long peakRssMib() {
        return statusMib("VmHWM:");
    }

    /** Resident memory of the application now (VmRSS), in MiB, its instances' together, or -1. */
    long rssMib() {
        return statusMib("VmRSS:");
    }

    private long statusMib(String field) {
        long total = 0;
        for (long pid : appPids) {
            long mib = statusMib(pid, field);
            if (mib < 0) {
                return -1;
            }
            total += mib;
        }
        return appPids.isEmpty() ? -1 : total;
    }

    private static long statusMib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * A PostgreSQL process that is not a backend of another database. A backend's title names its
     * user, database and client: "postgres: 15/main: user database 127.0.0.1(50312) idle".
     */
    private boolean isPostgres(Path process) {
        try {
            String command = Files.readString(process.resolve("comm")).strip();
            if (!command.startsWith("postgres")) {
                return false;
            }
            String[] title = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').strip().split("\\s+");
            for (int i = 1; i < title.length; i++) {
                if (title[i].equals("[local]") || title[i].matches(".*\\(\\d+\\)")) {
                    return title[i - 1].equals(database);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** utime + stime of the process, or null when it vanished. */
    private static Long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
