package io.jenkins.plugins.dbgitops.buildtools;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the classes of one package in a jar as Java 8 class files, with the stack map frames ASM computes.
 * picocli ships Java 5 class files (version 49): the JVM checks them with the old type-inferencing verifier, and
 * JDK 17 keeps none of them in a class-data-sharing archive, so the 180 picocli classes a command loads were read,
 * parsed and verified anew at every start, about 60 ms of a no-op {@code migrate}. The code is not changed: only the
 * version and the frames that version requires. {@code CommandLineJarIT} loads every rewritten class and runs the
 * jar. Arguments: JAR PACKAGE_PREFIX (e.g. {@code picocli/}); the jar is rewritten in place.
 */
public final class ClassFileUpgrade {
    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
        int count = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")
                        && version(content) < Opcodes.V1_8) {
                    content = upgrade(content, classes);
                    count++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime()); // keep the jar reproducible
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(count + " classes under " + prefix + " in " + jar + " rewritten as Java 8 class files");
    }

    /** The class file's major version. */
    public static int version(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class as a Java 8 class file with computed frames; common supertypes are looked up in {@code classes}. */
    static byte[] upgrade(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
