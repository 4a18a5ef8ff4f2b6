package io.github.kpiengine.examples.crm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to read: its name as the user gave it (for messages), its bytes and their number.
 *
 * @param name the name shown in messages
 * @param path the file, or null for bytes held in memory
 * @param bytes the bytes held in memory, or null for a file
 */
record Input(String name, Path path, byte[] bytes) {

    static Input of(Path path) {
        return new Input(path.toString(), path, null);
    }

    static Input of(String name, byte[] bytes) {
        return new Input(name, null, bytes);
    }

    InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
    }

    long size() throws IOException {
        return path != null ? Files.size(path) : bytes.length;
    }
}
