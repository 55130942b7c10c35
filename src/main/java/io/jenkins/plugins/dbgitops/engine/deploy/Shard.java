package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One of {@code count} shares of an environment's targets ({@code shard: '2/8'}), so a group of hundreds of tenant
 * databases can be deployed from several agents at once. A target's shard follows from its name alone (a CRC-32 of
 * it), so it stays in its shard when other targets are added or removed.
 *
 * @param index 1-based, at most {@code count}
 * @param count how many shards the environment is split into
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new UserInputException("The shard " + index + "/" + count + " does not exist: give k/n with"
                    + " 1 <= k <= n, such as 2/8.");
        }
    }

    /** Reads {@code k/n}, such as {@code 2/8}. */
    public static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new UserInputException("'" + text + "' is not a shard: give k/n, such as 2/8 for the second of"
                    + " eight shares of the environment's targets.");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Whether the target called {@code name} belongs to this shard. */
    public boolean holds(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    /** This shard's targets, in configuration order. */
    public List<DeploymentTarget> select(List<DeploymentTarget> targets) {
        List<DeploymentTarget> selected = new ArrayList<>();
        for (DeploymentTarget target : targets) {
            if (holds(target.name())) {
                selected.add(target);
            }
        }
        return selected;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
