package neo4jlocal

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// minJava is the oldest Java that runs Neo4j 5.26 (the last 5.x line on 17).
const minJava = 17

const (
	pomPath    = "neo4j/pom.xml"
	libDir     = ".neo4j/lib"
	libMarker  = ".version" // inside libDir: the Neo4j version the jars are
	fetchLock  = ".neo4j/.lock"
	entryPoint = "org.neo4j.server.CommunityEntryPoint"
)

// javaBin is $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH.
func javaBin() (string, error) {
	if h := os.Getenv("JAVA_HOME"); h != "" {
		p := filepath.Join(h, "bin", "java")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	p, err := exec.LookPath("java")
	if err != nil {
		return "", fmt.Errorf("java not found: install Java %d or 21 (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME", minJava)
	}
	return p, nil
}

// checkJava returns the java binary to use after checking its version.
func checkJava(ctx context.Context) (string, error) {
	bin, err := javaBin()
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "-version").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("%s -version failed (%v): install Java %d or 21 or set JAVA_HOME", bin, err, minJava)
	}
	major, err := parseJavaMajor(string(out))
	if err != nil {
		return "", fmt.Errorf("%s: %v: install Java %d or 21 or set JAVA_HOME", bin, err, minJava)
	}
	if major < minJava {
		return "", fmt.Errorf("%s is Java %d but Neo4j 5.26 needs Java %d or 21: install it or set JAVA_HOME", bin, major, minJava)
	}
	return bin, nil
}

var javaVersionRE = regexp.MustCompile(`version "([^"]+)"`)

// parseJavaMajor reads the major version from `java -version` output, which
// is "1.8.0_292" up to Java 8 and "17.0.15" or "21-ea" since Java 9.
func parseJavaMajor(out string) (int, error) {
	m := javaVersionRE.FindStringSubmatch(out)
	if m == nil {
		return 0, errors.New("cannot find a version in `java -version` output")
	}
	v := strings.TrimPrefix(m[1], "1.")
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end >= 0 {
		v = v[:end]
	}
	n, err := strconv.Atoi(v)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("cannot read java version %q", m[1])
	}
	return n, nil
}

func checkMaven(ctx context.Context) (string, error) {
	bin, err := exec.LookPath("mvn")
	if err == nil {
		ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		err = exec.CommandContext(ctx, bin, "-v").Run()
	}
	if err != nil {
		return "", errors.New("maven (mvn) is needed once to fetch the Neo4j jars: install Maven 3.6+ (e.g. apt-get install maven)")
	}
	return bin, nil
}

// pomNeo4jVersion reads <properties><neo4j.version> from neo4j/pom.xml, the
// single place the Neo4j version is pinned.
func pomNeo4jVersion(repoRoot string) (string, error) {
	b, err := os.ReadFile(filepath.Join(repoRoot, pomPath))
	if err != nil {
		return "", err
	}
	var pom struct {
		Version string `xml:"properties>neo4j.version"`
	}
	if err := xml.Unmarshal(b, &pom); err != nil {
		return "", fmt.Errorf("%s: %w", pomPath, err)
	}
	if v := strings.TrimSpace(pom.Version); v != "" {
		return v, nil
	}
	return "", fmt.Errorf("%s has no <properties><neo4j.version>", pomPath)
}

// EnsureJars makes <repoRoot>/.neo4j/lib hold the Neo4j jars of the version
// neo4j/pom.xml pins, fetching them with Maven unless the marker file says
// they are already there. Maven is needed only for a fetch.
func EnsureJars(ctx context.Context, repoRoot string, logger *slog.Logger) error {
	if logger == nil {
		logger = slog.Default()
	}
	version, err := pomNeo4jVersion(repoRoot)
	if err != nil {
		return err
	}
	lib := filepath.Join(repoRoot, libDir)
	if haveJars(lib, version) {
		return nil
	}
	// Two test binaries may start different instances at once; one fetch.
	unlock, err := lockFile(ctx, filepath.Join(repoRoot, fetchLock), logger)
	if err != nil {
		return err
	}
	defer unlock()
	if haveJars(lib, version) {
		return nil
	}
	if _, err := checkJava(ctx); err != nil {
		return err
	}
	mvn, err := checkMaven(ctx)
	if err != nil {
		return err
	}

	// Fetch into a fresh directory and swap it in, so an interrupted fetch
	// or a version change never leaves a mix of jars on the classpath.
	tmp, err := os.MkdirTemp(filepath.Dir(lib), "lib.tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes it 0700
		return err
	}
	logger.Info("fetching neo4j jars with maven", "version", version, "dir", lib)
	start := time.Now()
	cmd := exec.CommandContext(ctx, mvn, "-B", "-q", "-f", filepath.Join(repoRoot, pomPath),
		"dependency:copy-dependencies", "-DoutputDirectory="+tmp, "-DincludeScope=runtime")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("maven could not fetch neo4j %s (%v):\n%s", version, err, lastLines(out.Bytes(), 30))
	}
	if _, err := os.Stat(filepath.Join(tmp, "neo4j-"+version+".jar")); err != nil {
		return fmt.Errorf("maven ran but neo4j-%s.jar is not in its output", version)
	}
	if err := os.WriteFile(filepath.Join(tmp, libMarker), []byte(version+"\n"), 0o644); err != nil {
		return err
	}
	if _, err := os.Stat(lib); err == nil {
		old := tmp + ".old"
		if err := os.Rename(lib, old); err != nil {
			return err
		}
		defer os.RemoveAll(old)
	}
	if err := os.Rename(tmp, lib); err != nil {
		return err
	}
	logger.Info("neo4j jars fetched", "version", version, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

func haveJars(lib, version string) bool {
	b, err := os.ReadFile(filepath.Join(lib, libMarker))
	return err == nil && strings.TrimSpace(string(b)) == version
}
