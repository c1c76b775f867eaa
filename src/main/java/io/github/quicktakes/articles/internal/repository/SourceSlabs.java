package io.github.quicktakes.articles.internal.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Keeps the bytes of many files in a few large arrays ("slabs") instead of one array per file.
 *
 * <p>Why: a repository keeps every article's source for as long as it is open, hundreds of
 * megabytes of long-lived data. Held in small arrays, each of them is copied by the garbage
 * collector from the young generation to the old one (about a third of a large load's time went
 * there); arrays of many megabytes are allocated where they stay (G1's "humongous" regions start at
 * half a region, at most 16 MB) and are never copied. The last slab is trimmed to what it holds.
 *
 * <p>One instance per loading thread: not thread-safe. What it hands out ({@link Span}) is immutable
 * once {@link #trim()} has run, before the repository is published.
 */
public final class SourceSlabs {
    private static final int FIRST_SLAB = 1 << 20;
    private static final int LARGEST_SLAB = 32 << 20;
    /**
     * Room for the array's header: a slab of 2^k bytes less this fills whole regions of any size up
     * to 2^k, where 2^k bytes plus a header would take one more region, almost empty.
     */
    private static final int HEADER_ROOM = 64;

    private Slab current;
    private int used;
    private int nextSize = FIRST_SLAB;

    /** An array of file bytes; its array is replaced once, by a trimmed copy. */
    public static final class Slab {
        private byte[] bytes;

        Slab(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /** One file's bytes: {@code length} bytes of a slab from {@code offset}. */
    public record Span(Slab slab, int offset, int length) {
        /** A span over a whole array of its own. */
        public static Span of(byte[] bytes) {
            return new Span(new Slab(bytes), 0, bytes.length);
        }

        /** The array holding the bytes (shared: do not write to it). */
        public byte[] array() {
            return slab.bytes;
        }
    }

    /**
     * Reads a whole file into a slab.
     *
     * <p>Three system calls per file (open, read, close) where {@code Files.readAllBytes} makes five:
     * the size comes from the folder walk, and asking for one byte more than that size tells in the
     * same read whether the file has grown since (it is then read again on its own). On a machine
     * where system calls are dear this is a good part of a large load.
     *
     * @param file the file (symbolic links are followed: the caller checks them first)
     * @param size the file's size as the walk saw it
     * @param maxBytes the largest file to read
     * @return the file's bytes, or {@code null} when the file is larger than {@code maxBytes}
     * @throws IOException if the file cannot be read
     */
    public Span read(Path file, long size, long maxBytes) throws IOException {
        if (size > maxBytes || size > Integer.MAX_VALUE - 16) {
            return null;
        }
        int expected = (int) size;
        int asked = expected + 1;
        if (current == null || current.bytes.length - used < asked) {
            newSlab(asked);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer into = ByteBuffer.wrap(current.bytes, used, asked);
            // A read of a regular file returns less than asked only at its end; should one stop
            // short before the size the walk saw, keep reading up to it.
            while (channel.read(into) > 0 && into.position() - used < expected) {
                // next part
            }
            int read = into.position() - used;
            if (read > expected) {
                return grownFile(channel, maxBytes);
            }
            Span span = new Span(current, used, read);
            used += read;
            return span;
        }
    }

    private static Span grownFile(FileChannel channel, long maxBytes) throws IOException {
        channel.position(0);
        byte[] all = Channels.newInputStream(channel).readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        return all.length > maxBytes ? null : Span.of(all);
    }

    private void newSlab(int atLeast) {
        // The slab left behind wastes less than one file: not worth a copy.
        int size = Math.max(nextSize - HEADER_ROOM, atLeast);
        nextSize = Math.min(LARGEST_SLAB, nextSize * 2);
        current = new Slab(new byte[size]);
        used = 0;
    }

    /** Shrinks the slab being filled to the bytes it holds; call when done reading. */
    public void trim() {
        if (current != null && used < current.bytes.length) {
            current.bytes = Arrays.copyOf(current.bytes, used);
        }
    }
}
