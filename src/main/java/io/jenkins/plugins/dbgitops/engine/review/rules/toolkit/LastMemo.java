package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * A one-entry memo of the last key asked about and its value, for work several rules repeat on the same statement
 * one after another (its columns, its query tree, the offsets of names in its text). One for the process, not one
 * per thread: Jenkins' executor and agent threads outlive the plugin, and a {@code ThreadLocal} would keep its
 * classes alive. A concurrent review of another statement only replaces the entry, since each review parses its own
 * trees: a value is never shared between reviews. The key is held weakly.
 */
final class LastMemo<K, V> {
    private volatile Entry<K, V> last;

    private record Entry<K, V>(WeakReference<K> key, V value) {
    }

    /** The value for {@code key} (compared by identity), computed when the memo holds another key. */
    V get(K key, Function<K, V> compute) {
        Entry<K, V> entry = last;
        if (entry == null || entry.key().get() != key) {
            entry = new Entry<>(new WeakReference<>(key), compute.apply(key));
            last = entry;
        }
        return entry.value();
    }
}
