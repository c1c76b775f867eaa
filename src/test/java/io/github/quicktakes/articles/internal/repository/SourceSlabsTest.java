package io.github.quicktakes.articles.internal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quicktakes.articles.internal.repository.SourceSlabs.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSlabsTest {
    @TempDir
    Path dir;

    @Test
    void keepsEveryFilesBytesAcrossSlabs() throws IOException {
        Random random = new Random(7);
        List<byte[]> contents = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        SourceSlabs slabs = new SourceSlabs();
        // 600 files of up to 8 KB fill more than one slab; one file is larger than the first slab.
        for (int i = 0; i < 600; i++) {
            byte[] bytes = new byte[i == 300 ? 3 << 20 : random.nextInt(8192)];
            random.nextBytes(bytes);
            Path file = dir.resolve("f" + i + ".md");
            Files.write(file, bytes);
            contents.add(bytes);
            spans.add(slabs.read(file, bytes.length, Long.MAX_VALUE));
        }
        slabs.trim();
        for (int i = 0; i < contents.size(); i++) {
            Span s = spans.get(i);
            assertThat(Arrays.copyOfRange(s.array(), s.offset(), s.offset() + s.length()))
                    .as("file %d", i).isEqualTo(contents.get(i));
        }
        assertThat(spans.stream().map(Span::slab).distinct().count()).isBetween(2L, 10L);
        Span last = spans.get(spans.size() - 1);
        assertThat(last.array()).hasSize(last.offset() + last.length());
    }

    @Test
    void leavesAFileOverTheLimitToTheCaller() throws IOException {
        Path file = dir.resolve("big.md");
        Files.write(file, new byte[1001]);
        assertThat(new SourceSlabs().read(file, 1001, 1000)).isNull();
        assertThat(new SourceSlabs().read(file, 1001, 1001).length()).isEqualTo(1001);
    }

    @Test
    void readsAnEmptyFile() throws IOException {
        Path file = dir.resolve("empty.md");
        Files.write(file, new byte[0]);
        Span span = new SourceSlabs().read(file, 0, 10);
        assertThat(span.length()).isZero();
    }

    @Test
    void readsAFileThatChangedSinceTheWalkAsItIsNow() throws IOException {
        Path grown = dir.resolve("grown.md");
        Files.write(grown, "0123456789".getBytes());
        Path shrunk = dir.resolve("shrunk.md");
        Files.write(shrunk, "0123".getBytes());
        SourceSlabs slabs = new SourceSlabs();
        Span a = slabs.read(grown, 4, 100);
        Span b = slabs.read(shrunk, 10, 100);
        assertThat(new String(a.array(), a.offset(), a.length())).isEqualTo("0123456789");
        assertThat(new String(b.array(), b.offset(), b.length())).isEqualTo("0123");
        assertThat(slabs.read(grown, 4, 8)).as("grown over the limit").isNull();
    }
}
