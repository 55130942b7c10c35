package io.jenkins.plugins.dbgitops.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the index that Jenkins' annotation-indexer reads: for every annotation that is itself annotated with
 * {@code org.jvnet.hudson.annotation_indexer.Indexed} (such as {@code org.jenkinsci.Symbol}), the file
 * {@code META-INF/services/annotations/<annotation>} lists the binary names of the annotated classes, one a line.
 *
 * <p>annotation-indexer itself cannot be resolved from Maven Central, so this is our own processor writing the
 * same format. It runs in the main compilation through {@code -processorpath}.
 */
@SupportedAnnotationTypes("*")
public final class IndexedAnnotationProcessor extends AbstractProcessor {
    static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    static final String INDEX_DIRECTORY = "META-INF/services/annotations/";

    private final Map<String, SortedSet<String>> indexes = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (!isIndexed(annotation)) {
                continue;
            }
            String annotationName = processingEnv.getElementUtils().getBinaryName(annotation).toString();
            for (Element annotated : round.getElementsAnnotatedWith(annotation)) {
                TypeElement type = enclosingType(annotated);
                if (type != null) {
                    indexes.computeIfAbsent(annotationName, k -> new TreeSet<>())
                            .add(processingEnv.getElementUtils().getBinaryName(type).toString());
                }
            }
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private static boolean isIndexed(TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            Element metaType = meta.getAnnotationType().asElement();
            if (metaType instanceof TypeElement
                    && ((TypeElement) metaType).getQualifiedName().contentEquals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    private static TypeElement enclosingType(Element element) {
        Element current = element;
        while (current != null && !(current instanceof TypeElement)) {
            current = current.getEnclosingElement();
        }
        return (TypeElement) current;
    }

    private void write() {
        for (Map.Entry<String, SortedSet<String>> index : indexes.entrySet()) {
            String path = INDEX_DIRECTORY + index.getKey();
            try {
                FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
                try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                    for (String className : index.getValue()) {
                        out.write(className);
                        out.write('\n');
                    }
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "Could not write the annotation index " + path + ": " + e.getMessage());
            }
        }
    }
}
