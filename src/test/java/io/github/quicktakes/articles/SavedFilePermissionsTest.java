package io.github.quicktakes.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save replaces a file by a new one (renamed over it): the new one must carry the old one's
 * permissions, owner and group, and a new article the permissions any new file gets.
 */
class SavedFilePermissionsTest {

    @Test
    void aSaveKeepsTheFilesPermissions(@TempDir Path root) throws IOException {
        assumePosix(root);
        for (String mode : List.of("rw-r--r--", "rw-r-----", "rw-rw-r--", "rw-------")) {
            Path file = root.resolve("physics/ice.md");
            ArticleRepositoryTest.write(root, "physics", "ice.md", ArticleRepositoryTest.article(1, "Physics", "physics", "ice", "Ice").text());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            ArticleRepository repo = ArticleRepository.open(root);

            repo.save(repo.byId(1).get(0).with("title", "Ice, " + mode));

            assertThat(file).content().contains("Ice, " + mode);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(mode).isEqualTo(mode);
        }
    }

    @Test
    void aNewArticleGetsThePermissionsOfAnyNewFile(@TempDir Path root) throws IOException {
        assumePosix(root);
        Path probe = root.resolve("biology/probe.txt");
        Files.createDirectories(probe.getParent());
        Files.writeString(probe, "a file created the ordinary way");
        ArticleRepository repo = ArticleRepository.open(root);

        repo.save(ArticleRepositoryTest.article(7, "Biology", "biology", "cells", "Cells"));

        assertThat(Files.getPosixFilePermissions(root.resolve("biology/cells.md")))
                .isEqualTo(Files.getPosixFilePermissions(probe));
    }

    /** Only where this process may give a file away (as root); elsewhere it is skipped. */
    @Test
    void aSaveKeepsTheFilesOwnerAndGroupWhereTheProcessMaySetThem(@TempDir Path root) throws IOException {
        assumePosix(root);
        Path file = root.resolve("physics/ice.md");
        ArticleRepositoryTest.write(root, "physics", "ice.md", ArticleRepositoryTest.article(1, "Physics", "physics", "ice", "Ice").text());
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributes mine = view.readAttributes();
        UserPrincipalLookupService names = root.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal otherOwner = null;
        GroupPrincipal otherGroup = null;
        for (String name : List.of("nobody", "daemon")) {
            try {
                UserPrincipal u = names.lookupPrincipalByName(name);
                GroupPrincipal g = names.lookupPrincipalByGroupName(name.equals("nobody") ? "nogroup" : name);
                if (!u.equals(mine.owner()) && !g.equals(mine.group())) {
                    otherOwner = u;
                    otherGroup = g;
                    break;
                }
            } catch (UserPrincipalNotFoundException e) {
                // try the next name
            }
        }
        assumeThat(otherOwner).as("a user and group other than this process's").isNotNull();
        try {
            view.setGroup(otherGroup);
            view.setOwner(otherOwner);
        } catch (FileSystemException e) {
            assumeThat(e).as("this process may give a file away").isNull();
        }
        ArticleRepository repo = ArticleRepository.open(root);

        repo.save(repo.byId(1).get(0).with("title", "Given away"));

        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        assertThat(file).content().contains("Given away");
        assertThat(after.owner()).isEqualTo(otherOwner);
        assertThat(after.group()).isEqualTo(otherGroup);
    }

    private static void assumePosix(Path root) {
        assumeThat(root.getFileSystem().supportedFileAttributeViews()).as("POSIX file system").contains("posix");
    }
}
