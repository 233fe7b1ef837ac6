package io.commerceresolver.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * A Tink keyset kept in a file of its own, outside the database: read if it exists, made with one key of
 * {@code parameters} on first use, always written owner-only. Each purpose has its own file (secrets, approval links,
 * receipt signing): no key serves two.
 */
public record KeysetFile(Path file, String purpose) {

    private static final Logger log = LoggerFactory.getLogger(KeysetFile.class);

    public KeysetHandle readOrMake(Parameters parameters) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return read();
            }
            KeysetHandle made = KeysetHandle.generateNew(parameters);
            Path next = beside(made);
            try {
                place(next);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                return read();
            } finally {
                Files.deleteIfExists(next);
            }
            log.warn("Made a new {} keyset in {}: keep it safe and out of the database's backups", purpose, file);
            return made;
        } catch (IOException unreadable) {
            throw new IllegalStateException("The " + purpose + " keyset file " + file + " could not be read or made", unreadable);
        }
    }

    /**
     * Puts the new file in place whole, never over a keyset another process made a moment ago (whose secrets, links or
     * signatures already stand on it): a hard link, or where the file system has none a move, and either fails with
     * {@link FileAlreadyExistsException} where a file is.
     */
    private void place(Path next) throws IOException {
        try {
            Files.createLink(file, next);
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(next, file);
        }
    }

    /** Replaces the keyset (a rotation), written beside and moved into place: a crash never leaves half a keyset. */
    public void write(KeysetHandle handle) throws IOException, GeneralSecurityException {
        Files.move(beside(handle), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private KeysetHandle read() throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    /** The keyset in a new file beside the real one, owner-only from the moment it exists. */
    private Path beside(KeysetHandle handle) throws IOException, GeneralSecurityException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // a file system without POSIX permissions relies on the folder's
        Path next = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, "keyset", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "keyset", ".tmp");
        Files.writeString(next, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()), StandardCharsets.UTF_8);
        return next;
    }
}
