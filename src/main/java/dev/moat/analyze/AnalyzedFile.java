package dev.moat.analyze;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * A file handed to an analyzer: its absolute path in the image, its size, and its content as a
 * stream valid only during {@link FileAnalyzer#analyze}. {@code tempDir} is a private directory
 * for analyzers that need a seekable copy (SQLite, Berkeley DB); it is deleted after the layer.
 */
public record AnalyzedFile(String path, long size, InputStream content, Path tempDir) {}
