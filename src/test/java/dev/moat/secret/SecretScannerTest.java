package dev.moat.secret;

import static dev.moat.secret.FakeTokens.ALNUM;
import static dev.moat.secret.FakeTokens.BASE64;
import static dev.moat.secret.FakeTokens.HEX;
import static dev.moat.secret.FakeTokens.LOWER_ALNUM;
import static dev.moat.secret.FakeTokens.UPPER_ALNUM;
import static dev.moat.secret.FakeTokens.URL_SAFE;
import static dev.moat.secret.FakeTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecretScannerTest {

  private static final String FIXTURE_KEY_ID = "AKIA2E0A8F3B244C9986";
  private static final String FIXTURE_SECRET = "Tq3WcJ9rV1fZ8mXo2LbN7eKs5YuHd4Pg6AiQz0Cw";

  private final SecretScanner scanner = new SecretScanner();

  static List<SecretFinding> scan(SecretScanner scanner, String path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return scanner.scan(path, bytes.length, new ByteArrayInputStream(bytes));
  }

  private List<SecretFinding> scan(String path, String text) throws IOException {
    return scan(scanner, path, text);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = SecretScannerTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /** Asserts the raw secret survives in no field of any finding, nor in its toString. */
  static void assertMasked(List<SecretFinding> findings, String secret) {
    for (SecretFinding finding : findings) {
      assertThat(finding.toString()).doesNotContain(secret);
      assertThat(List.of(finding.ruleId(), finding.category(), finding.title(), finding.path(),
          finding.maskedLine(), finding.maskedMatch())).noneMatch(field -> field.contains(secret));
    }
  }

  @Test
  void findsAndMasksTheFixtureAwsKeysWithTheirLines() throws IOException {
    byte[] env = resource(".env");
    List<SecretFinding> findings = scanner.scan("/app/config/.env", env.length, new ByteArrayInputStream(env));

    assertThat(findings).extracting(SecretFinding::ruleId, SecretFinding::startLine, SecretFinding::maskedLine)
        .containsExactlyInAnyOrder(
            tuple("aws-access-key-id", 2, "AWS_ACCESS_KEY_ID=" + "*".repeat(20)),
            tuple("aws-secret-access-key", 3, "AWS_SECRET_ACCESS_KEY=" + "*".repeat(40)));
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.category()).isEqualTo("AWS");
      assertThat(f.path()).isEqualTo("/app/config/.env");
      assertThat(f.endLine()).isEqualTo(f.startLine());
    });
    assertMasked(findings, FIXTURE_KEY_ID);
    assertMasked(findings, FIXTURE_SECRET);
  }

  @Test
  void findsQuotedAwsKeysAndIgnoresKeyShapedWordsInsideIdentifiers() throws IOException {
    // The shapes of Trivy's aws-secrets.txt and wrapped-aws-secret.txt test files.
    String text = "'AWS_secret_KEY'=\"12ASD34qwe56CXZ78tyH10Tna543VBokN85RHCas\"\n"
        + "\"AWS_ACCESS_KEY_ID\": \"AKIA0123456789ABCDEF\",\n"
        + "\"aws_account_ID\":'1234-5678-9123'\n"
        + "DISPID_ICANVASRENDERINGCONTEXT2D_CANVAS DISPID_CANVASRENDERCONTEXT2D\n";

    assertThat(scan("/app/aws.txt", text)).extracting(SecretFinding::ruleId, SecretFinding::startLine)
        .containsExactlyInAnyOrder(tuple("aws-secret-access-key", 1), tuple("aws-access-key-id", 2));
  }

  @Test
  void allowRulesSuppressTheAwsDocumentationExampleKeys() throws IOException {
    String text = "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";

    assertThat(scan("/root/.aws/credentials", text)).isEmpty();
  }

  static Stream<Arguments> families() {
    String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    String ghp = token("ghp_", ALNUM, 36);
    String fineGrained = token("github_pat_", ALNUM, 22) + "_" + token("", ALNUM, 59);
    String gho = token("gho_", ALNUM, 36);
    String ghs = token("ghs_", ALNUM, 36);
    String ghr = token("ghr_", ALNUM, 76);
    String glpat = token("glpat-", ALNUM, 20);
    String slack = "xoxb-" + token("", "0123456789", 12) + "-" + token("", "0123456789", 13) + "-" + token("", ALNUM, 24);
    String webhook = "https://hooks.slack.com/services/T00000000/B00000000/" + token("", ALNUM, 24);
    String stripe = token("sk_live_", ALNUM, 24);
    String npm = token("npm_", ALNUM, 36);
    String pypi = token("pypi-AgEIcHlwaS5vcmc", URL_SAFE, 80);
    String twilio = token("SK", HEX, 32);
    String sendgrid = token("SG.", URL_SAFE, 22) + "." + token("", URL_SAFE, 43);
    String mailgun = token("key-", HEX, 32);
    String shopify = token("shpat_", HEX, 32);
    String square = token("sq0atp-", URL_SAFE, 22);
    String heroku = "01234567-89AB-CDEF-0123-456789ABCDEF";
    String digitalOcean = token("dop_v1_", HEX, 64);
    String huggingFace = token("hf_", ALNUM, 34);
    String openai = token("sk-proj-", ALNUM, 24) + "T3BlbkFJ" + token("", ALNUM, 24);
    String anthropic = token("sk-ant-api03-", URL_SAFE, 93) + "AA";
    String atlassian = token("", LOWER_ALNUM, 24);
    String dropbox = token("sl.", LOWER_ALNUM, 135);
    String linear = token("lin_api_", ALNUM, 40);
    String doppler = token("dp.pt.", ALNUM, 43);
    String pulumi = token("pul-", HEX, 40);
    String grafana = token("glc_", BASE64, 64);
    String terraform = token("", LOWER_ALNUM, 14) + ".atlasv1." + token("", LOWER_ALNUM, 64);
    String vault = token("hvs.", URL_SAFE, 95);
    String newRelic = token("NRAK-", UPPER_ALNUM, 27);
    String sentry = token("sntryu_", HEX, 64);
    String databricks = token("dapi", "abcdefgh0123456789", 32);
    String alibaba = token("LTAI", ALNUM, 20);
    String facebook = token("", HEX, 32);
    String twitter = token("", HEX, 40);
    String age = token("AGE-SECRET-KEY-1", "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58);
    String azureKey = token("", BASE64, 86) + "==";
    String azureSecret = token("", ALNUM, 3) + "8Q~" + token("", ALNUM, 34);
    String gcpKey = token("AIza", URL_SAFE, 35);
    String dockerAuth = "bW9hdDpub3QtYS1yZWFsLXBhc3N3b3Jk";
    String dbPassword = "S3cr3tPassw0rd";
    return Stream.of(
        Arguments.of("github-pat", "/app/deploy.sh", "export GITHUB_TOKEN=" + ghp + "\n", ghp),
        Arguments.of("github-fine-grained-pat", "/app/.npmrc", "token=" + fineGrained + "\n", fineGrained),
        Arguments.of("github-oauth", "/app/cfg.ini", "oauth = " + gho + "\n", gho),
        Arguments.of("github-app-token", "/app/cfg.ini", "app=" + ghs + "\n", ghs),
        Arguments.of("github-refresh-token", "/app/cfg.ini", "refresh: " + ghr + "\n", ghr),
        Arguments.of("gitlab-pat", "/app/.gitlab.env", "GITLAB_TOKEN=" + glpat + "\n", glpat),
        Arguments.of("slack-access-token", "/app/bot.py", "SLACK = \"" + slack + "\"\n", slack),
        Arguments.of("slack-web-hook", "/app/alert.sh", "curl -X POST " + webhook + "\n", webhook),
        Arguments.of("stripe-secret-token", "/app/pay.rb", "Stripe.api_key = '" + stripe + "'\n", stripe),
        Arguments.of("npm-access-token", "/root/.npmrc", "//registry.npmjs.org/:_authToken=" + npm + "\n", npm),
        Arguments.of("pypi-upload-token", "/root/.pypirc", "password = " + pypi + "\n", pypi),
        Arguments.of("jwt-token", "/app/session.txt", "Authorization: Bearer " + jwt + "\n", jwt),
        Arguments.of("twilio-api-key", "/app/sms.js", "const twilioKey = '" + twilio + "';\n", twilio),
        Arguments.of("sendgrid-api-token", "/app/mail.env", "SENDGRID_API_KEY=" + sendgrid + "\n", sendgrid),
        Arguments.of("mailgun-token", "/app/mail.js", "const mailgun_key = \"" + mailgun + "\";\n", mailgun),
        Arguments.of("shopify-token", "/app/shop.env", "SHOPIFY=" + shopify + "\n", shopify),
        Arguments.of("square-access-token", "/app/pay.env", "SQUARE_TOKEN=" + square + "\n", square),
        Arguments.of("heroku-api-key", "/app/app.yml", "heroku_api_key: \"" + heroku + "\"\n", heroku),
        Arguments.of("digitalocean-token", "/app/do.env", "DO_TOKEN=" + digitalOcean + "\n", digitalOcean),
        Arguments.of("hugging-face-access-token", "/app/hf.env", "HF_TOKEN=" + huggingFace + "\n", huggingFace),
        Arguments.of("openai-api-key", "/app/ai.env", "OPENAI_API_KEY=" + openai + "\n", openai),
        Arguments.of("anthropic-api-key", "/app/ai.env", "ANTHROPIC_API_KEY=" + anthropic + "\n", anthropic),
        Arguments.of("atlassian-api-token", "/app/jira.yml", "atlassian_token: '" + atlassian + "'\n", atlassian),
        Arguments.of("dropbox-short-lived-api-token", "/app/db.js", "dropbox_token = '" + dropbox + "'\n", dropbox),
        Arguments.of("linear-api-token", "/app/linear.env", "LINEAR=" + linear + "\n", linear),
        Arguments.of("doppler-api-token", "/app/doppler.env", "DOPPLER_TOKEN=" + doppler + "\n", doppler),
        Arguments.of("pulumi-api-token", "/app/pulumi.env", "PULUMI_ACCESS_TOKEN=" + pulumi + "\n", pulumi),
        Arguments.of("grafana-cloud-api-token", "/app/grafana.env", "GRAFANA=" + grafana + "\n", grafana),
        Arguments.of("hashicorp-tf-api-token", "/root/.terraformrc", "token = \"" + terraform + "\"\n", terraform),
        Arguments.of("hashicorp-vault-token", "/app/vault.env", "VAULT_TOKEN=" + vault + "\n", vault),
        Arguments.of("new-relic-user-api-key", "/app/nr.env", "NEW_RELIC_API_KEY=" + newRelic + "\n", newRelic),
        Arguments.of("sentry-token", "/app/sentry.env", "SENTRY_AUTH_TOKEN=" + sentry + "\n", sentry),
        Arguments.of("databricks-api-token", "/app/db.cfg", "token = " + databricks + "\n", databricks),
        Arguments.of("alibaba-access-key-id", "/app/ali.env", "ALIBABA_ID=" + alibaba + "\n", alibaba),
        Arguments.of("facebook-token", "/app/fb.js", "facebook_secret: '" + facebook + "'\n", facebook),
        Arguments.of("twitter-token", "/app/tw.js", "twitter_secret = \"" + twitter + "\"\n", twitter),
        Arguments.of("age-secret-key", "/root/key.txt", "# created: 2024\n" + age + "\n", age),
        Arguments.of("azure-storage-account-key", "/app/appsettings.json",
            "\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=moat;AccountKey=" + azureKey + ";EndpointSuffix=core.windows.net\"\n", azureKey),
        Arguments.of("azure-entra-client-secret", "/app/azure.env", "AZURE_CLIENT_SECRET=" + azureSecret + "\n", azureSecret),
        Arguments.of("gcp-api-key", "/app/maps.js", "const key = \"" + gcpKey + "\";\n", gcpKey),
        Arguments.of("docker-config-auth", "/root/.docker/config.json",
            "{\n  \"auths\": {\n    \"ghcr.io\": {\n      \"auth\": \"" + dockerAuth + "\"\n    }\n  }\n}\n", dockerAuth),
        Arguments.of("database-url-password", "/app/settings.py",
            "DATABASE_URL = 'postgres://app:" + dbPassword + "@db.internal:5432/app'\n", dbPassword));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void findsEachRuleFamilyAndMasksTheSecret(String ruleId, String path, String text, String secret) throws IOException {
    List<SecretFinding> findings = scan(path, text);

    assertThat(findings).extracting(SecretFinding::ruleId).contains(ruleId);
    SecretFinding finding = findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    assertThat(finding.maskedLine()).contains("*".repeat(Math.min(secret.length(), 20)));
    assertThat(finding.startLine()).isEqualTo(lineOf(text, secret));
    assertMasked(findings, secret);
  }

  private static int lineOf(String text, String secret) {
    String before = text.substring(0, text.indexOf(secret));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void reportsAMultiLinePrivateKeyAsOneBlock() throws IOException {
    String key = new String(resource("id_rsa"), StandardCharsets.US_ASCII);
    String text = "# deploy key\n" + key;
    List<SecretFinding> findings = scan("/root/.ssh/id_rsa", text);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("private-key");
      assertThat(f.startLine()).isEqualTo(3);
      assertThat(f.endLine()).isEqualTo((int) key.lines().count());
      assertThat(f.maskedMatch()).startsWith("-----BEGIN PRIVATE KEY-----");
    });
    key.lines().filter(l -> !l.startsWith("-----")).forEach(line -> assertMasked(findings, line));
  }

  @Test
  void findsTheServiceAccountAndItsJsonEscapedPrivateKey() throws IOException {
    String json = new String(resource("service-account.json"), StandardCharsets.UTF_8);
    List<SecretFinding> findings = scan("/app/gcp/sa.json", json);

    assertThat(findings).extracting(SecretFinding::ruleId)
        .containsExactlyInAnyOrder("gcp-service-account", "private-key");
    String key = new String(resource("id_rsa"), StandardCharsets.US_ASCII);
    key.lines().filter(l -> !l.startsWith("-----")).forEach(line -> assertMasked(findings, line));
  }

  @Test
  void placeholderPasswordsInUrlsAreNotSecrets() throws IOException {
    String text = "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n"
        + "MONGO=mongodb+srv://user:password@cluster0.mongodb.net/test\n"
        + "REDIS=redis://:{{ .Values.redisPassword }}@redis:6379\n";

    assertThat(scan("/app/.env", text)).isEmpty();
  }

  @Test
  void skipsBinaryContent() throws IOException {
    String text = "\u0000\u0001ELF" + "AWS_ACCESS_KEY_ID=" + FIXTURE_KEY_ID + "\n";

    assertThat(scan("/app/bin/tool", text)).isEmpty();
    assertThat(scan("/app/bin/tool", text.substring(2))).extracting(SecretFinding::ruleId).containsExactly("aws-access-key-id");
  }

  @Test
  void skipsBinaryExtensionsSkippedDirectoriesAndAllowedPaths() {
    assertThat(scanner.accepts("/app/logo.png", 1000)).isFalse();
    assertThat(scanner.accepts("/app/node_modules/x/.env", 1000)).isFalse();
    assertThat(scanner.accepts("/src/.git/config", 1000)).isFalse();
    assertThat(scanner.accepts("/usr/share/doc/x/README", 1000)).isFalse();
    assertThat(scanner.accepts("/usr/lib/python3/dist-packages/x.py", 1000)).isFalse();
    assertThat(scanner.accepts("/app/README.md", 1000)).isFalse();
    assertThat(scanner.accepts("/app/src/test/config.env", 1000)).isFalse();
    assertThat(scanner.accepts("/app/go.sum", 1000)).isFalse();
    assertThat(scanner.accepts("/app/config/.env", 5)).isFalse();
    assertThat(scanner.accepts("/app/config/.env", 1000)).isTrue();
    assertThat(scanner.accepts("/etc/app.conf", 1000)).isTrue();
  }

  @Test
  void skipsFilesAboveTheSizeLimit() throws IOException {
    SecretScanner small = new SecretScanner(SecretConfig.DEFAULT.withMaxFileSize(64));
    String text = "x".repeat(100) + "\nAWS_ACCESS_KEY_ID=" + FIXTURE_KEY_ID + "\n";

    assertThat(scan(small, "/app/.env", text)).isEmpty();
    assertThat(scan("/app/.env", text)).hasSize(1);
  }

  @Test
  void findsSecretsThatStraddleReadsAndBufferSlides() throws IOException {
    SecretScanner tiny = new SecretScanner(SecretConfig.DEFAULT, 7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("filler line ").append(i).append(" with nothing secret in it\n");
    }
    text.append("AWS_ACCESS_KEY_ID=").append(FIXTURE_KEY_ID).append('\n');
    text.append(new String(resource("id_rsa"), StandardCharsets.US_ASCII));
    for (int i = 0; i < 2000; i++) {
      text.append("more filler ").append(i).append('\n');
    }
    text.append("token=").append(token("ghp_", ALNUM, 36)).append('\n');

    List<SecretFinding> findings = scan(tiny, "/app/big.txt", text.toString());

    assertThat(text.length()).isGreaterThan(2 * FileScan.KEEP);
    assertThat(findings).extracting(SecretFinding::ruleId, SecretFinding::startLine).containsExactly(
        tuple("aws-access-key-id", 3001),
        tuple("private-key", 3003),
        tuple("github-pat", 3001 + (int) text.substring(text.indexOf("-----BEGIN")).lines().count()));
    assertThat(scan("/app/big.txt", text.toString())).isEqualTo(findings);
  }

  @Test
  void cutsLongLinesAroundTheSecret() throws IOException {
    String text = "x".repeat(500) + " AWS_ACCESS_KEY_ID=" + FIXTURE_KEY_ID + " " + "y".repeat(500) + "\n";
    List<SecretFinding> findings = scan("/app/min.js", text);

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.maskedLine()).isEqualTo("x".repeat(11) + " AWS_ACCESS_KEY_ID=" + "*".repeat(20) + " " + "y".repeat(19)));
    assertMasked(findings, FIXTURE_KEY_ID);
  }

  @Test
  void masksEveryCopyOfTheSecretOnItsLine() throws IOException {
    String text = "KEY=" + FIXTURE_KEY_ID + " # same as " + FIXTURE_KEY_ID + "\n";
    List<SecretFinding> findings = scan("/app/.env", text);

    assertThat(findings).isNotEmpty();
    assertMasked(findings, FIXTURE_KEY_ID);
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    byte[] env = resource(".env");
    List<List<SecretFinding>> results = java.util.stream.IntStream.range(0, 64).parallel().mapToObj(i -> {
      try {
        return scanner.scan("/app/config/.env", env.length, new ByteArrayInputStream(env));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();

    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(results.get(0)).hasSize(2));
  }
}
