package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** Builds the HTTP client for a registry: verified TLS by default, an extra CA, or insecure. */
final class HttpClientFactory {

  private HttpClientFactory() {}

  static HttpClient create(ImageOptions options) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    try {
      if (options.insecure()) {
        builder.sslContext(context(new TrustAll()));
      } else if (options.caCertificate().isPresent()) {
        builder.sslContext(context(withExtraCa(options.caCertificate().get())));
      }
    } catch (GeneralSecurityException e) {
      throw new MoatException(MoatException.Kind.INTERNAL, "cannot set up TLS: " + e.getMessage(), e);
    }
    return builder.build();
  }

  private static SSLContext context(TrustManager trustManager) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustManager}, null);
    return context;
  }

  /** The JDK's default trust anchors plus every certificate in the PEM file. */
  private static TrustManager withExtraCa(Path pem) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    int n = 0;
    for (X509Certificate anchor : defaultTrustManager().getAcceptedIssuers()) {
      store.setCertificateEntry("default-" + n++, anchor);
    }
    Collection<? extends Certificate> extra;
    try (InputStream in = Files.newInputStream(pem)) {
      extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException | GeneralSecurityException e) {
      throw MoatException.invalid("cannot read CA certificate " + pem + ": " + e.getMessage(), e);
    }
    if (extra.isEmpty()) {
      throw MoatException.invalid("cannot read CA certificate " + pem + ": no certificate in it");
    }
    for (Certificate certificate : extra) {
      store.setCertificateEntry("extra-" + n++, certificate);
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return factory.getTrustManagers()[0];
  }

  private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no default X509 trust manager");
  }

  /**
   * Accepts any certificate and, being an extended trust manager that checks nothing, also skips
   * the host name check JSSE would otherwise do in it. Only for {@code --insecure}.
   */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
