package io.jenkins.plugins.dbgitops.engine.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The official OASIS SARIF 2.1.0 schema (src/test/resources/sarif), loaded once, for tests of every front end. */
public final class SarifSchema {
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    /** The schema's complaints about the document; empty when it is valid SARIF 2.1.0. */
    public static Set<ValidationMessage> validate(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SARIF schema from the test resources", e);
        }
    }
}
