package dev.moat.ecosystem.rpm;

import java.io.IOException;

/** Receives the header blobs an rpm database reader finds, one per installed package. */
@FunctionalInterface
interface HeaderBlobSink {
  void accept(byte[] blob) throws IOException;
}
