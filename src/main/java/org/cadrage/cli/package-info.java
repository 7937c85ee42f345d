/** picocli commands: thin, parse options into a record, call a service, return an exit code (0, 1 or 2). */
package org.cadrage.cli;
