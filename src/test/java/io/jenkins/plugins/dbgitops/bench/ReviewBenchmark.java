package io.jenkins.plugins.dbgitops.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;

/**
 * Measures the review engine against a raw JSqlParser parse of the same statements (the floor), single-threaded,
 * and its heap use on one large data file. Prints one line per figure; see docs/benchmarks.md.
 *
 * <p>Arguments: {@code [STATEMENTS [DATA_MB [ROUNDS]]]}, defaults 10000, 50 and 7. {@code DATA_MB} 0 skips the
 * data-file figures. Meant to run with {@code -Xmx512m} ({@code bench/run review}).
 */
public final class ReviewBenchmark {
    private static final long SEED = 20_261_125L;
    private static final int FILES = 100;
    private static final int WARMUP_ROUNDS = 3;
    private static final Set<String> HEAP_POOLS = Set.copyOf(ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Set<String> DUPLICATES = ConcurrentHashMap.newKeySet();

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int dataMb = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path work = Files.createTempDirectory("dbgitops-review-bench-");
        System.out.printf(Locale.ROOT, "# review benchmark: %d cores, load average %.1f, Java %s, -Xmx%dm,"
                        + " %d warm-up + %d measured rounds, median [min-max]%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, WARMUP_ROUNDS, rounds);
        ReviewService service = new ReviewService(everyRule(), SqlParser.withDefaults());
        Path policy = everyRulePolicy(service.registry(), work.resolve("every-rule.yaml"));
        Path noRules = noRulePolicy(service, work.resolve("no-rule.yaml"));
        reviewAgainstFloor(service, policy, noRules,
                new ReviewCorpus(SEED).write(work.resolve("corpus"), statements, FILES), statements, rounds);
        if (dataMb > 0) {
            dataFile(service, policy, work.resolve("data"), dataMb);
        }
        deleteRecursively(work);
        System.exit(0);
    }

    static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Every registered rule. While two merged branches register a rule under the same id the registry refuses to
     * load; the benchmark then keeps the first and says which it left out, rather than measure nothing.
     */
    private static RuleRegistry everyRule() {
        Supplier<List<Rule>> distinct = () -> {
            Map<String, Rule> byId = new LinkedHashMap<>();
            for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
                if (byId.putIfAbsent(rule.definition().id(), rule) != null) {
                    DUPLICATES.add(rule.getClass().getSimpleName() + " (" + rule.definition().id() + ")");
                }
            }
            return List.copyOf(byId.values());
        };
        RuleRegistry registry = RuleRegistry.of(distinct);
        if (!DUPLICATES.isEmpty()) {
            System.out.println("# WARNING: duplicate rule ids, left out: " + DUPLICATES.stream().distinct().toList());
        }
        return registry;
    }

    /** Every rule at its default level and payload, and rules that are off by default at WARNING. */
    static Path everyRulePolicy(RuleRegistry registry, Path file) throws IOException {
        StringBuilder yaml = new StringBuilder("extends: prod\nrules:\n");
        for (RuleDefinition rule : registry.definitions()) {
            Level level = rule.defaultLevel() == Level.OFF ? Level.WARNING : rule.defaultLevel();
            yaml.append("  ").append(rule.id()).append(": ").append(level).append('\n');
        }
        return Files.writeString(file, yaml);
    }

    /** Every rule OFF: what the review costs without its rules (split, parse, catalog walk, suppressions). */
    private static Path noRulePolicy(ReviewService service, Path file) throws IOException {
        StringBuilder yaml = new StringBuilder("extends: prod\nrules:\n");
        for (RuleDefinition rule : service.registry().definitions()) {
            yaml.append("  ").append(rule.id()).append(": OFF\n");
        }
        return Files.writeString(file, yaml);
    }

    private static void reviewAgainstFloor(ReviewService service, Path policy, Path noRules, Path corpus,
            int requested, int rounds) throws Exception {
        List<SqlStatement> split = splitAll(corpus);
        List<String> texts = split.stream().map(SqlStatement::text).toList();
        SqlParser engineParser = SqlParser.withDefaults();
        ReviewRequest request = request(corpus, policy);
        int[] unparsedByFloor = new int[1];
        ReviewReport[] report = new ReviewReport[1];
        Runnable ours = () -> report[0] = service.review(request);
        Runnable floor = () -> unparsedByFloor[0] = parseAll(texts);
        Runnable parserOnly = () -> split.forEach(engineParser::parse);
        ReviewRequest bareRequest = request(corpus, noRules);
        Runnable bare = () -> service.review(bareRequest);
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            ours.run();
            floor.run();
            parserOnly.run();
            bare.run();
        }
        List<Long> bareCpu = new ArrayList<>();
        List<Long> oursTimes = new ArrayList<>();
        List<Long> floorTimes = new ArrayList<>();
        List<Long> oursCpu = new ArrayList<>();
        List<Long> floorCpu = new ArrayList<>();
        List<Long> parserTimes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            // interleaved, so a burst of load from elsewhere hits both sides of a round alike
            long cpu = THREADS.getCurrentThreadCpuTime();
            long o = time(ours);
            long oCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            cpu = THREADS.getCurrentThreadCpuTime();
            long f = time(floor);
            long fCpu = THREADS.getCurrentThreadCpuTime() - cpu;
            oursTimes.add(o);
            floorTimes.add(f);
            oursCpu.add(oCpu);
            floorCpu.add(fCpu);
            ratios.add((double) o / f);
            parserTimes.add(time(parserOnly));
            cpu = THREADS.getCurrentThreadCpuTime();
            bare.run();
            bareCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
        }
        int count = texts.size();
        System.out.printf(Locale.ROOT, "# corpus: %d statements (%d requested) in %d files, %d not parsed by"
                        + " JSqlParser; review: %d statements, %d rules on, %d findings, %d not fully parsed%n",
                count, requested, FILES, unparsedByFloor[0], report[0].result().statements(),
                report[0].rules().size(), report[0].findings().size(), report[0].result().unparsed().size());
        double oursMs = median(oursTimes) / 1e6;
        double floorMs = median(floorTimes) / 1e6;
        System.out.printf(Locale.ROOT, "review_%d_statements: ours=%.1fms floor=%.1fms ratio=%.2f%n", requested,
                oursMs, floorMs, oursMs / floorMs);
        System.out.printf(Locale.ROOT, "review_%d_statements_spread: ours=%s floor=%s ratio_per_round=%.2f [%.2f-%.2f]%n",
                requested, spread(oursTimes), spread(floorTimes), medianOf(ratios), min(ratios), max(ratios));
        double oursCpuMs = median(oursCpu) / 1e6;
        double floorCpuMs = median(floorCpu) / 1e6;
        System.out.printf(Locale.ROOT, "review_%d_statements_cpu: ours=%.1fms floor=%.1fms ratio=%.2f spread: ours=%s"
                + " floor=%s (CPU time of the measuring thread: unaffected by waiting for a core, GC threads not"
                + " counted)%n", requested, oursCpuMs, floorCpuMs, oursCpuMs / floorCpuMs, spread(oursCpu),
                spread(floorCpu));
        double bareCpuMs = median(bareCpu) / 1e6;
        System.out.printf(Locale.ROOT, "review_%d_statements_rules_off_cpu: bare=%s rules=%.1fms (%.2f of the floor)"
                + " bare_ratio=%.2f (the same review with every rule OFF, CPU time; rules = ours - bare)%n",
                requested, spread(bareCpu), oursCpuMs - bareCpuMs, (oursCpuMs - bareCpuMs) / floorCpuMs,
                bareCpuMs / floorCpuMs);
        System.out.printf(Locale.ROOT, "review_per_statement: ours=%.1fus floor=%.1fus%n", oursMs * 1e3 / count,
                floorMs * 1e3 / count);
        System.out.printf(Locale.ROOT, "engine_parser_alone_%d_statements: time=%s (engine.sql.SqlParser on the"
                + " pre-split statements: the floor plus the wrapper's timeout and size guard)%n", requested,
                spread(parserTimes));
    }

    /**
     * The floor: JSqlParser's cheapest correct call on the calling thread, the fast grammar first and the complex one
     * after a failure, as {@code CCJSqlParserUtil.parse} does (without its thread pool). Returns how many statements
     * neither path parsed.
     */
    static int parseAll(List<String> texts) {
        int unparsed = 0;
        for (String text : texts) {
            if (parse(text, false).isEmpty() && parse(text, true).isEmpty()) {
                unparsed++;
            }
        }
        return unparsed;
    }

    private static Optional<Statement> parse(String text, boolean complex) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(text).withAllowComplexParsing(complex);
        try {
            return Optional.ofNullable(parser.Statement());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<SqlStatement> splitAll(Path corpus) throws IOException {
        StatementSplitter splitter = StatementSplitter.forEngine(SqlEngine.POSTGRESQL);
        List<SqlStatement> statements = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                statements.addAll(splitter.split(Files.readString(file)));
            }
        }
        return statements;
    }

    private static void dataFile(ReviewService service, Path policy, Path directory, int megabytes)
            throws IOException {
        Path data = new DataFile(SEED).write(directory, megabytes);
        ReviewRequest request = request(directory, policy);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        List<Long> times = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        long committed = 0;
        ReviewReport report = null;
        List<Long> live = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AfterGc afterGc = AfterGc.listen();
            long start = System.nanoTime();
            report = service.review(request);
            times.add(System.nanoTime() - start);
            afterGc.close();
            peaks.add(heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
            live.add(afterGc.max());
            committed = Math.max(committed, Runtime.getRuntime().totalMemory());
        }
        System.out.printf(Locale.ROOT, "# data file: %.1f MB, %d statements reviewed, %d findings, %d not fully"
                        + " parsed%n", Files.size(data) / 1e6, report.result().statements(),
                report.findings().size(), report.result().unparsed().size());
        System.out.printf(Locale.ROOT, "review_%dmb_data_file: time=%.0fms peak_heap=%dMB limit=%dMB%n", megabytes,
                median(times) / 1e6, max(peaks) >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "review_%dmb_data_file_spread: time=%s peak_heap_per_run=%s"
                        + " runtime_total=%dMB runtime_used_after=%dMB live_after_gc_max=%dMB%n", megabytes, spread(times),
                peaks.stream().map(peak -> (peak >> 20) + "MB").toList(), committed >> 20,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, max(live) >> 20);

        String script = Files.readString(data);
        StatementSplitter splitter = StatementSplitter.forEngine(SqlEngine.POSTGRESQL);
        long[] count = new long[1];
        List<Long> splitTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            splitTimes.add(time(() -> count[0] = splitter.stream(script).count()));
        }
        double splitMs = median(splitTimes) / 1e6;
        System.out.printf(Locale.ROOT, "split_%dmb_data_file: time=%.0fms statements=%d throughput=%.0fMB/s"
                + " spread=%s%n", megabytes, splitMs, count[0], script.length() / 1e6 / (splitMs / 1e3),
                spread(splitTimes));
    }

    /**
     * The largest heap in use just after a garbage collection while it listens: what the review really keeps alive,
     * as opposed to the pool peaks, which include garbage the collector had no reason to clear yet.
     */
    private static final class AfterGc implements NotificationListener {
        private final AtomicLong max = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        static AfterGc listen() {
            AfterGc listener = new AfterGc();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    listener.emitters.add(emitter);
                }
            }
            return listener;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (HEAP_POOLS.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            max.accumulateAndGet(used, Math::max);
        }

        long max() {
            return max.get();
        }

        void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException("GC listener vanished", e);
                }
            }
        }
    }

    private static ReviewRequest request(Path directory, Path policy) {
        return ReviewRequest.of(SqlEngine.POSTGRESQL, directory).withPolicy(policy.toString())
                .withFailOn(Level.OFF).withBaseDirectory(directory);
    }

    private static long time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String spread(List<Long> nanos) {
        LongSupplier min = () -> nanos.stream().mapToLong(Long::longValue).min().orElse(0);
        LongSupplier max = () -> nanos.stream().mapToLong(Long::longValue).max().orElse(0);
        return String.format(Locale.ROOT, "%.0f[%.0f-%.0f]ms", median(nanos) / 1e6, min.getAsLong() / 1e6,
                max.getAsLong() / 1e6);
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static <T extends Comparable<T>> T max(List<T> values) {
        return values.stream().max(Comparable::compareTo).orElseThrow();
    }

    /**
     * A deterministic migration history for PostgreSQL: tables with constraints, indexes, ALTER TABLE variants and
     * DML with joins and WHERE clauses, plus a few statements JSqlParser rejects. Tables and columns referenced by
     * later statements exist by then, so the catalog walk does real work.
     */
    static final class ReviewCorpus {
        private static final String[] STATUSES = {"new", "active", "suspended", "closed"};
        private final Random random;
        private final List<Table> tables = new ArrayList<>();
        private int names;

        ReviewCorpus(long seed) {
            this.random = new Random(seed);
        }

        Path write(Path directory, int statements, int files) throws IOException {
            Files.createDirectories(directory);
            int perFile = (statements + files - 1) / files;
            int written = 0;
            for (int file = 1; file <= files && written < statements; file++) {
                StringBuilder script = new StringBuilder("-- generated change ").append(file).append('\n');
                int count = Math.min(perFile, statements - written);
                for (int i = 0; i < count; i++) {
                    script.append(next()).append(";\n");
                }
                written += count;
                Files.writeString(directory.resolve(String.format(Locale.ROOT, "V%03d__change_%d.sql", file, file)),
                        script);
            }
            return directory;
        }

        private String next() {
            if (tables.size() < 3) {
                return createTable();
            }
            int dice = random.nextInt(1000);
            if (dice < 60) {
                return createTable();
            } else if (dice < 120) {
                return createIndex();
            } else if (dice < 230) {
                return alterTable();
            } else if (dice < 460) {
                return insert();
            } else if (dice < 600) {
                return update();
            } else if (dice < 680) {
                return delete();
            } else if (dice < 985) {
                return select();
            } else if (dice < 992) {
                return "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_" + (++names) + " ON " + table().name
                        + " (tenant_id, created_at)";
            } else if (dice < 996) {
                Table table = table();
                return "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM " + table.name + " WHERE status = 'closed')"
                        + " THEN\n    UPDATE " + table.name + " SET status = 'closed' WHERE id < 10;\n  END IF;\n"
                        + "END\n$$";
            }
            return "SET lock_timeout = '" + (1 + random.nextInt(9)) + "s'";
        }

        private String createTable() {
            Table table = new Table("t_" + (++names));
            StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table.name).append(" (\n")
                    .append("  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
                    .append("  tenant_id bigint NOT NULL,\n")
                    .append("  name varchar(").append(40 + random.nextInt(200)).append(") NOT NULL,\n")
                    .append("  email text UNIQUE,\n")
                    .append("  amount numeric(12, 2) DEFAULT 0 CHECK (amount >= 0),\n")
                    .append("  status text NOT NULL DEFAULT 'new',\n");
            if (!tables.isEmpty()) {
                sql.append("  parent_id bigint REFERENCES ").append(table().name).append(" (id),\n");
            } else {
                sql.append("  parent_id bigint,\n");
            }
            sql.append("  created_at timestamptz NOT NULL DEFAULT now(),\n")
                    .append("  CONSTRAINT uk_").append(table.name).append("_tenant_name UNIQUE (tenant_id, name)\n")
                    .append(")");
            tables.add(table);
            return sql.toString();
        }

        private String createIndex() {
            Table table = table();
            String column = table.column(random);
            return switch (random.nextInt(4)) {
                case 0 -> "CREATE INDEX idx_" + table.name + "_" + column + "_" + (++names) + " ON " + table.name
                        + " (" + column + ")";
                case 1 -> "CREATE INDEX CONCURRENTLY idx_" + table.name + "_" + (++names) + " ON " + table.name
                        + " (tenant_id, " + column + ")";
                case 2 -> "CREATE UNIQUE INDEX uk_" + table.name + "_" + (++names) + " ON " + table.name
                        + " (tenant_id, email)";
                default -> "CREATE INDEX idx_" + table.name + "_" + (++names) + " ON " + table.name
                        + " USING btree (created_at) WHERE status <> 'closed'";
            };
        }

        private String alterTable() {
            Table table = table();
            String prefix = "ALTER TABLE " + table.name + " ";
            switch (random.nextInt(9)) {
                case 0:
                    return prefix + "ADD COLUMN " + table.add("note_" + (++names)) + " text";
                case 1:
                    return prefix + "ADD COLUMN " + table.add("score_" + (++names)) + " integer NOT NULL DEFAULT 0";
                case 2:
                    return prefix + "ALTER COLUMN amount SET NOT NULL";
                case 3:
                    return prefix + "ALTER COLUMN amount TYPE numeric(14, 2)";
                case 4:
                    return prefix + "ADD CONSTRAINT fk_" + table.name + "_" + (++names)
                            + " FOREIGN KEY (parent_id) REFERENCES " + table().name + " (id) NOT VALID";
                case 5:
                    return prefix + "ALTER COLUMN status SET DEFAULT 'active'";
                case 6:
                    if (!table.extra.isEmpty()) {
                        String old = table.extra.remove(table.extra.size() - 1);
                        return prefix + "RENAME COLUMN " + old + " TO " + table.add("renamed_" + (++names));
                    }
                    return prefix + "ADD COLUMN " + table.add("flag_" + (++names)) + " boolean";
                case 7:
                    if (!table.extra.isEmpty()) {
                        return prefix + "DROP COLUMN " + table.extra.remove(0);
                    }
                    return prefix + "ADD CONSTRAINT ck_" + table.name + "_" + (++names) + " CHECK (amount < 1000000)";
                default:
                    return prefix + "ADD CONSTRAINT ck_" + table.name + "_" + (++names)
                            + " CHECK (status IN ('new', 'active', 'suspended', 'closed')) NOT VALID";
            }
        }

        private String insert() {
            Table table = table();
            int rows = random.nextInt(4) == 0 ? 2 + random.nextInt(8) : 1;
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name)
                    .append(" (tenant_id, name, email, amount, status) VALUES ");
            for (int row = 0; row < rows; row++) {
                int id = random.nextInt(1_000_000);
                sql.append(row == 0 ? "" : ", ").append('(').append(random.nextInt(100)).append(", 'name ")
                        .append(id).append("', 'user").append(id).append("@example.com', ")
                        .append(random.nextInt(100_000) / 100.0).append(", '").append(status()).append("')");
            }
            if (random.nextInt(5) == 0) {
                sql.append(" ON CONFLICT (tenant_id, name) DO NOTHING");
            }
            return sql.toString();
        }

        private String update() {
            Table table = table();
            return switch (random.nextInt(4)) {
                case 0 -> "UPDATE " + table.name + " SET status = '" + status() + "', amount = amount + 1 WHERE id = "
                        + random.nextInt(100_000) + " AND tenant_id = " + random.nextInt(100);
                case 1 -> "UPDATE " + table.name + " SET name = upper(name) WHERE created_at < now() - INTERVAL '"
                        + (1 + random.nextInt(90)) + " days' AND status IN ('new', 'active')";
                case 2 -> "UPDATE " + table.name + " t SET parent_id = p.id FROM " + table().name
                        + " p WHERE p.tenant_id = t.tenant_id AND p.email = t.email AND t.parent_id IS NULL";
                default -> "UPDATE " + table.name + " SET status = 'closed'";
            };
        }

        private String delete() {
            Table table = table();
            return switch (random.nextInt(3)) {
                case 0 -> "DELETE FROM " + table.name + " WHERE id = " + random.nextInt(100_000);
                case 1 -> "DELETE FROM " + table.name + " WHERE status = 'closed' AND created_at < now() - INTERVAL '"
                        + (30 + random.nextInt(300)) + " days'";
                default -> "DELETE FROM " + table.name + " WHERE tenant_id IN (SELECT tenant_id FROM "
                        + table().name + " WHERE status = 'suspended')";
            };
        }

        private String select() {
            Table a = table();
            Table b = table();
            return switch (random.nextInt(5)) {
                case 0 -> "SELECT a.id, a.name, b.status, b.amount FROM " + a.name + " a JOIN " + b.name
                        + " b ON b.parent_id = a.id WHERE a.tenant_id = " + random.nextInt(100)
                        + " AND b.amount > " + random.nextInt(1000) + " ORDER BY a.id LIMIT 50";
                case 1 -> "SELECT * FROM " + a.name + " WHERE email LIKE '%@example.com' AND status = '" + status()
                        + "'";
                case 2 -> "SELECT a.tenant_id, count(*), sum(b.amount) FROM " + a.name + " a LEFT JOIN " + b.name
                        + " b ON b.tenant_id = a.tenant_id AND b.status <> 'closed' JOIN " + table().name
                        + " c ON c.id = a.parent_id WHERE a.created_at >= now() - INTERVAL '7 days'"
                        + " GROUP BY a.tenant_id HAVING count(*) > 1";
                case 3 -> "SELECT id, name FROM " + a.name + " WHERE id IN (SELECT parent_id FROM " + b.name
                        + " WHERE amount > 100) OR name = 'x" + random.nextInt(1000) + "'";
                default -> "SELECT a.id FROM " + a.name + " a WHERE EXISTS (SELECT 1 FROM " + b.name
                        + " b WHERE b.parent_id = a.id AND b.status = '" + status() + "') ORDER BY a.created_at DESC"
                        + " LIMIT 10";
            };
        }

        private Table table() {
            return tables.get(random.nextInt(tables.size()));
        }

        private String status() {
            return STATUSES[random.nextInt(STATUSES.length)];
        }

        /** A generated table: the fixed columns every table has, and the ones ALTER TABLE added. */
        private static final class Table {
            private static final String[] FIXED = {"tenant_id", "name", "email", "amount", "status", "created_at"};
            final String name;
            final List<String> extra = new ArrayList<>();

            Table(String name) {
                this.name = name;
            }

            String add(String column) {
                extra.add(column);
                return column;
            }

            String column(Random random) {
                int index = random.nextInt(FIXED.length + extra.size());
                return index < FIXED.length ? FIXED[index] : extra.get(index - FIXED.length);
            }
        }
    }

    /**
     * A data migration as a dump with {@code --inserts --rows-per-insert} writes it: multi-row INSERT batches, mostly
     * 1,000 rows (about 110 KB each, over the parser's size guard), some of 200 rows (under it), and single-row
     * inserts between them; written as a stream so the generator itself needs little heap.
     */
    static final class DataFile {
        private final Random random;

        DataFile(long seed) {
            this.random = new Random(seed);
        }

        Path write(Path directory, int megabytes) throws IOException {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("V1__create_customers.sql"), "CREATE TABLE customers (\n"
                    + "  id bigint PRIMARY KEY,\n  tenant_id bigint NOT NULL,\n  name text NOT NULL,\n"
                    + "  email text,\n  balance numeric(12, 2) NOT NULL DEFAULT 0,\n  status text NOT NULL,\n"
                    + "  created_at timestamptz NOT NULL\n);\n");
            Path data = directory.resolve("V2__load_customers.sql");
            long limit = megabytes * 1_000_000L;
            long written = 0;
            long id = 0;
            try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
                for (int batch = 0; written < limit; batch++) {
                    int rows = batch % 10 == 9 ? 200 : 1000;
                    StringBuilder sql = new StringBuilder(rows * 120);
                    sql.append("INSERT INTO customers (id, tenant_id, name, email, balance, status, created_at)"
                            + " VALUES\n");
                    for (int row = 0; row < rows; row++) {
                        sql.append(row == 0 ? "" : ",\n");
                        row(sql, ++id);
                    }
                    sql.append(";\n");
                    if (batch % 5 == 4) {
                        for (int single = 0; single < 3; single++) {
                            sql.append("INSERT INTO customers (id, tenant_id, name, email, balance, status,"
                                    + " created_at) VALUES ");
                            row(sql, ++id);
                            sql.append(";\n");
                        }
                    }
                    out.append(sql);
                    written += sql.length();
                }
            }
            return data;
        }

        private void row(StringBuilder sql, long id) {
            sql.append('(').append(id).append(", ").append(random.nextInt(500)).append(", 'Customer ").append(id)
                    .append(" O''Brien', 'customer").append(id).append("@example.com', ")
                    .append(random.nextInt(10_000_000) / 100.0).append(", '")
                    .append(random.nextBoolean() ? "active" : "dormant").append("', '2026-")
                    .append(String.format(Locale.ROOT, "%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .append(" 12:00:00+00')");
        }
    }
}
