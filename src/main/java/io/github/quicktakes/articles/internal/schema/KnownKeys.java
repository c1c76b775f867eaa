package io.github.quicktakes.articles.internal.schema;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The key names of {@link Keys the key table}, each with a small number (its id), so that reading a key costs
 * no new string and checking it costs no map lookup: the reader matches the source against these
 * and takes the constant, and the schema check finds rules and duplicates by id.
 */
public final class KnownKeys {
    private KnownKeys() {}

    private static final String[] KEYS = knownNames();

    /** How many known keys there are; ids run from 0 to this, exclusive (fewer than 64). */
    static final int COUNT = KEYS.length;

    /** The keys by their {@code String.hashCode()}: no two share a slot (checked when the class loads). */
    private static final String[] BY_HASH = new String[128];
    private static final byte[] ID_BY_HASH = new byte[128];

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long COLONS = 0x3A3A3A3A3A3A3A3AL;
    /** The longest known key, in bytes: a key is read as at most two words. */
    private static final int MAX_LENGTH = 16;
    /** Bytes {@link #find} may read from where a key starts: two words and the byte after them. */
    public static final int FIND_READS = MAX_LENGTH + 1;

    /** Each key's bytes as two little-endian words, zero past its end. */
    private static final long[] FIRST_WORD = new long[COUNT];
    private static final long[] SECOND_WORD = new long[COUNT];
    private static final int[] LENGTH = new int[COUNT];
    /** Id + 1 of the key whose words hash to a slot, or 0; no two keys share one (found at class load). */
    private static final byte[] ID_BY_WORDS = new byte[128];
    private static final long WORD_MULTIPLIER;

    static {
        for (int id = 0; id < COUNT; id++) {
            String k = KEYS[id];
            int slot = slot(k.hashCode());
            if (BY_HASH[slot] != null) {
                throw new AssertionError("known keys " + k + " and " + BY_HASH[slot] + " share a slot");
            }
            BY_HASH[slot] = k;
            ID_BY_HASH[slot] = (byte) id;
            LENGTH[id] = k.length();
            for (int i = 0; i < k.length(); i++) {
                if (i < 8) {
                    FIRST_WORD[id] |= (long) k.charAt(i) << (8 * i);
                } else {
                    SECOND_WORD[id] |= (long) k.charAt(i) << (8 * (i - 8));
                }
            }
        }
        WORD_MULTIPLIER = collisionFreeMultiplier();
        for (int id = 0; id < COUNT; id++) {
            ID_BY_WORDS[wordSlot(FIRST_WORD[id], SECOND_WORD[id], WORD_MULTIPLIER)] = (byte) (id + 1);
        }
    }

    /**
     * The names of {@link Keys the key table}: the top-level keys, the keys of their blocks, and
     * {@code related_articleN} for the slots real files use; ids are their places in this order.
     */
    private static String[] knownNames() {
        Set<String> names = new LinkedHashSet<>(Keys.ROOT.names());
        for (Key k : Keys.ROOT.keys()) {
            if (k.block() != null) {
                names.addAll(k.block().names());
            }
        }
        names.addAll(Keys.RELATED.names());
        for (int n = 1; n <= Keys.FAST_RELATED_SLOTS; n++) {
            names.add(Keys.RELATED_PREFIX + n);
        }
        for (String name : names) {
            // find() reads a key as at most two words, and a bit per id must fit a long
            if (name.length() > MAX_LENGTH || names.size() >= 64) {
                throw new AssertionError("known key '" + name + "' is too long, or there are too many");
            }
        }
        return names.toArray(String[]::new);
    }

    /** The first odd multiplier, from a fixed start, that gives every known key its own word slot. */
    private static long collisionFreeMultiplier() {
        for (long m = 0x9E3779B97F4A7C15L; ; m += 2) {
            long used0 = 0;
            long used1 = 0;
            boolean free = true;
            for (int id = 0; id < COUNT && free; id++) {
                int slot = wordSlot(FIRST_WORD[id], SECOND_WORD[id], m);
                long bit = 1L << slot;
                if (((slot < 64 ? used0 : used1) & bit) != 0) {
                    free = false;
                } else if (slot < 64) {
                    used0 |= bit;
                } else {
                    used1 |= bit;
                }
            }
            if (free) {
                return m;
            }
        }
    }

    private static int wordSlot(long first, long second, long multiplier) {
        return (int) (((first ^ Long.rotateLeft(second, 29)) * multiplier) >>> 57);
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 2)) & (BY_HASH.length - 1);
    }

    /**
     * The id of the known key written at {@code b[k]} and followed by a colon, or -1 (another key,
     * or none). It reads {@link #FIND_READS} bytes from {@code k}, which the caller must have; the
     * bytes are compared with the key's, so the colon is the first one after {@code k}.
     */
    public static int find(byte[] b, int k) {
        long first = (long) LONGS.get(b, k);
        long colon = zeroBytes(first ^ COLONS);
        long second = 0;
        if (colon != 0) {
            first &= (1L << Long.numberOfTrailingZeros(colon) - 7) - 1;
        } else {
            second = (long) LONGS.get(b, k + 8);
            colon = zeroBytes(second ^ COLONS);
            if (colon != 0) {
                second &= (1L << Long.numberOfTrailingZeros(colon) - 7) - 1;
            } else if (b[k + MAX_LENGTH] != ':') {
                return -1;
            }
        }
        int id = ID_BY_WORDS[wordSlot(first, second, WORD_MULTIPLIER)] - 1;
        return id >= 0 && FIRST_WORD[id] == first && SECOND_WORD[id] == second ? id : -1;
    }

    /** Bit 7 of each byte of {@code x} that is zero, and of no other. */
    private static long zeroBytes(long x) {
        return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x) & HIGH_BITS;
    }

    /**
     * How many known keys there are.
     *
     * @return the count; ids run from 0 to it, exclusive (fewer than 64)
     */
    public static int count() {
        return COUNT;
    }

    /** The known key with this id. */
    public static String name(int id) {
        return KEYS[id];
    }

    /** The length of the known key with this id. */
    public static int length(int id) {
        return LENGTH[id];
    }

    /** The id of a key, or -1 when it is not a known one. */
    public static int id(String key) {
        int slot = slot(key.hashCode());
        String k = BY_HASH[slot];
        return k == key || k != null && k.equals(key) ? ID_BY_HASH[slot] : -1;
    }

    /**
     * The key in {@code s[from, to)}, whose {@code String.hashCode()} the caller has computed: a
     * shared constant when it is a known one (the one known key in the hash's slot is compared with
     * the text), else a new string.
     */
    public static String key(String s, int from, int to, int hash) {
        String k = BY_HASH[slot(hash)];
        if (k != null && k.length() == to - from && k.hashCode() == hash && s.startsWith(k, from)) {
            return k;
        }
        return s.substring(from, to);
    }
}
