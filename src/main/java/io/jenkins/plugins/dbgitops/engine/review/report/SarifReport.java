package io.jenkins.plugins.dbgitops.engine.review.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for code-scanning UIs: the rules that produced findings with their help, one result per finding, and
 * the statements that were not fully parsed as tool execution notifications of level {@code note}.
 */
final class SarifReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY));
    private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

    private SarifReport() {
    }

    static String render(ReviewReport report) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, RuleDefinition> definitions = report.rulesById();
        List<Result> results = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Integer index = ruleIndex.get(finding.ruleId());
            if (index == null) {
                index = rules.size();
                ruleIndex.put(finding.ruleId(), index);
                rules.add(descriptor(finding, definitions.get(finding.ruleId())));
            }
            results.add(new Result().withRuleId(finding.ruleId()).withRuleIndex(index)
                    .withLevel(finding.level() == Level.ERROR ? Result.Level.ERROR : Result.Level.WARNING)
                    .withMessage(new Message().withText(finding.message() + " " + finding.help()))
                    .withLocations(List.of(location(finding.file(), finding.line(), finding.column()))));
        }
        List<Notification> notes = new ArrayList<>();
        for (ReviewResult.UnparsedStatement statement : report.result().unparsed()) {
            notes.add(new Notification().withLevel(Notification.Level.NOTE)
                    .withMessage(new Message().withText("Not fully parsed: " + statement.reason()))
                    .withLocations(Set.of(location(statement.file(), statement.line(), statement.column()))));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent().withName("dbgitops")
                        .withInformationUri(URI.create("https://github.com/jenkinsci/database-gitops-plugin"))
                        .withRules(new LinkedHashSet<>(rules))))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(true)
                        .withToolExecutionNotifications(notes)))
                .withResults(results);
        SarifSchema210 log = new SarifSchema210().withVersion(SarifSchema210.Version._2_1_0).with$schema(SCHEMA)
                .withRuns(List.of(run));
        try {
            return MAPPER.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the review as SARIF", e);
        }
    }

    private static ReportingDescriptor descriptor(Finding finding, RuleDefinition definition) {
        ReportingDescriptor descriptor = new ReportingDescriptor().withId(finding.ruleId());
        if (definition == null) {
            return descriptor.withHelp(new MultiformatMessageString().withText(finding.help()));
        }
        return descriptor.withName(definition.title())
                .withShortDescription(new MultiformatMessageString().withText(definition.message()))
                .withFullDescription(new MultiformatMessageString().withText(definition.description()))
                .withHelp(new MultiformatMessageString().withText(definition.help())
                        .withMarkdown(definition.help() + "\n\nFails:\n\n```sql\n" + definition.failing().strip()
                                + "\n```\n\nPasses:\n\n```sql\n" + definition.passing().strip() + "\n```"))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(
                        definition.defaultLevel() == Level.ERROR ? ReportingConfiguration.Level.ERROR
                                : ReportingConfiguration.Level.WARNING));
    }

    /** A relative URI reference for the path: characters a URI does not allow (spaces, ...) are percent-encoded. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Cannot express the path " + path + " as a URI", e);
        }
    }

    private static Location location(String file, int line, int column) {
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(uri(file)))
                .withRegion(new Region().withStartLine(line).withStartColumn(column)));
    }
}
