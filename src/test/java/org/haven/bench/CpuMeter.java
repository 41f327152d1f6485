package org.haven.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU goes while a benchmark runs (Linux, from /proc): the service's process, the PostgreSQL
 * server (its postmaster, every backend alive and every backend that has ended), and how busy the whole
 * machine was. Per request, these say which side a ratio is bound by: a side that keeps the machine
 * busy is bound by CPU, and then only less CPU per request makes it faster. Times are in clock ticks.
 */
final class CpuMeter {

    /** What /proc says at one moment. */
    record Sample(long service, long database, long busy, long all) {
    }

    /** Per side ("Haven", "pgbench"): service, database, busy, all (ticks) and the units of work done. */
    private final Map<String, long[]> totals = new HashMap<>();
    private final long servicePid;
    private final long postmasterPid;
    private final double msPerTick;

    CpuMeter(long servicePid, long postmasterPid) throws IOException, InterruptedException {
        this.servicePid = servicePid;
        this.postmasterPid = postmasterPid;
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String ticks = new String(getconf.getInputStream().readAllBytes()).trim();
        getconf.waitFor();
        this.msPerTick = 1000.0 / Long.parseLong(ticks);
    }

    /** The postmaster of the server that runs this backend (from {@code select pg_backend_pid()}). */
    static long postmasterOf(long backendPid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(backendPid), "status"))) {
            if (line.startsWith("PPid:")) {
                return Long.parseLong(line.substring("PPid:".length()).trim());
            }
        }
        throw new IllegalStateException("no parent in /proc for backend " + backendPid);
    }

    Sample sample() throws IOException {
        long[] postmaster = times(postmasterPid);
        // ended backends are counted in the postmaster's children's times, live ones in their own
        long database = postmaster[0] + postmaster[1] + postmaster[2] + postmaster[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            Iterable<Path> pids = processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator;
            for (Path p : pids) {
                long pid = Long.parseLong(p.getFileName().toString());
                long[] t = pid == postmasterPid ? null : times(pid);
                if (t != null && t[4] == postmasterPid) {
                    database += t[0] + t[1];
                }
            }
        }
        long[] service = times(servicePid);
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < cpu.length; i++) {
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle and waiting for I/O
        return new Sample(service == null ? 0 : service[0] + service[1], database, all - idle, all);
    }

    /** Adds what happened since {@code before} to the side's totals, for {@code units} of work. */
    void add(String side, Sample before, long units) throws IOException {
        Sample after = sample();
        long[] t = totals.computeIfAbsent(side, k -> new long[5]);
        t[0] += after.service() - before.service();
        t[1] += after.database() - before.database();
        t[2] += after.busy() - before.busy();
        t[3] += after.all() - before.all();
        t[4] += units;
    }

    /**
     * E.g. "Haven: service 1.38 ms, PostgreSQL 0.49 ms per request, machine busy 95%", and forgets the
     * side's totals; empty when nothing was measured for it.
     */
    String report(String side, String unit, boolean withService) {
        long[] t = totals.remove(side);
        if (t == null || t[4] == 0 || t[3] == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%s: %sPostgreSQL %.3f ms per %s, machine busy %.0f%%", side,
                withService ? String.format(Locale.ROOT, "service %.3f ms, ", t[0] * msPerTick / t[4]) : "",
                t[1] * msPerTick / t[4], unit, 100.0 * t[2] / t[3]);
    }

    /** utime, stime, cutime, cstime and the parent's pid, or null for a process that has gone. */
    private static long[] times(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return null;
        }
        // after the command in parentheses: state, ppid, ..., utime is the 12th field, stime the 13th
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] { Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                Long.parseLong(f[14]), Long.parseLong(f[1]) };
    }
}
