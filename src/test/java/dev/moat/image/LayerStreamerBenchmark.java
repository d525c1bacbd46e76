package dev.moat.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Streams every layer of an image through {@link LayerStreamer} (decompress, digest, tar walk, path
 * checks) against the floor of plain {@link GZIPInputStream} decompression of the same blobs.
 * Run with {@code -Dmoat.fixtures=/tmp/moat-fixtures}: {@code java -cp target/test-classes:CP
 * dev.moat.image.LayerStreamerBenchmark}, or pass {@code -p image=oci:DIR:TAG} to JMH.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class LayerStreamerBenchmark {

  @Param("")
  String image;

  private ImageSource source;

  @Setup(Level.Trial)
  public void open() {
    String name = image.isEmpty() ? "oci:" + System.getProperty("moat.fixtures", "/tmp/moat-fixtures") + "/oci:app" : image;
    source = ImageSources.open(name, ImageOptions.DEFAULT);
  }

  @TearDown(Level.Trial)
  public void close() {
    source.close();
  }

  @Benchmark
  public long layerStreamer(Blackhole blackhole) {
    LayerStreamer streamer = new LayerStreamer(ImageLimits.DEFAULT);
    long[] entries = {0};
    for (Layer layer : source.image().layers()) {
      streamer.stream(source, layer, (entry, content) -> {
        entries[0]++;
        blackhole.consume(entry);
      });
    }
    return entries[0];
  }

  @Benchmark
  public long plainGzip() throws IOException {
    long total = 0;
    for (Layer layer : source.image().layers()) {
      try (InputStream in = new GZIPInputStream(source.openLayer(layer), 1 << 16)) {
        total += in.transferTo(OutputStream.nullOutputStream());
      }
    }
    return total;
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(LayerStreamerBenchmark.class.getSimpleName())
        .jvmArgsAppend("-Dmoat.fixtures=" + System.getProperty("moat.fixtures", "/tmp/moat-fixtures")).build()).run();
  }
}
