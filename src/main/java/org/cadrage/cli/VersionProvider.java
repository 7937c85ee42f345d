package org.cadrage.cli;

import org.cadrage.pipeline.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the tool version, its commit and the library versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"cadrage " + BuildInfo.version() + " (" + BuildInfo.gitCommit() + ")",
            "libraries " + BuildInfo.libraries()};
    }
}
