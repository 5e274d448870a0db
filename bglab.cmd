@echo off
rem bglab launcher (Windows). Builds the bglab jar with Maven when it is missing or older
rem than any main source, resource or pom, then runs it with the given arguments. Maven is
rem mvn, else the Maven wrapper mvnw.cmd; the build compiles no tests.
rem Extra JVM options: BGLAB_JAVA_OPTS (for example set BGLAB_JAVA_OPTS=-Xmx8g).
setlocal EnableExtensions EnableDelayedExpansion
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\lessons\target\bglab.jar"

set "JAVA_CMD=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
"%JAVA_CMD%" -version >nul 2>&1
if errorlevel 1 (
  echo bglab: Java 17 or newer is needed, but no 'java' was found ^(install a JDK 17+ or set JAVA_HOME^) 1>&2
  exit /b 2
)
set "JAVA_MAJOR="
for /f "tokens=3" %%v in ('call "%JAVA_CMD%" -version 2^>^&1 ^| findstr /i "version"') do (
  for /f "delims=.-+ tokens=1" %%m in ("%%~v") do if not defined JAVA_MAJOR set "JAVA_MAJOR=%%m"
)
if not defined JAVA_MAJOR set "JAVA_MAJOR=0"
if !JAVA_MAJOR! LSS 17 (
  echo bglab: Java 17 or newer is needed, but '%JAVA_CMD%' is version !JAVA_MAJOR! 1>&2
  exit /b 2
)

set "BUILD=0"
if not exist "%JAR%" (
  set "BUILD=1"
) else (
  rem Any pom, main source or main resource newer than the jar means a rebuild (tests never do).
  powershell -NoProfile -Command "$jar=(Get-Item -LiteralPath '%JAR%').LastWriteTime; $roots=@('%ROOT%\pom.xml','%ROOT%\simulator\pom.xml','%ROOT%\quiz\pom.xml','%ROOT%\lessons\pom.xml','%ROOT%\simulator\src\main','%ROOT%\quiz\src\main','%ROOT%\lessons\src\main','%ROOT%\simulator\src\test\java\org\bglab\coursework\exercise','%ROOT%\simulator\src\test\java\org\bglab\coursework\examples'); $new=Get-ChildItem -LiteralPath $roots -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1; if ($new) { exit 1 } else { exit 0 }" >nul 2>&1
  if errorlevel 1 set "BUILD=1"
)

rem Maven: mvn when installed, else the wrapper. Chosen outside the block below so that the pipe
rem in it sees the value.
set "MVN_CMD=mvn"
where mvn >nul 2>&1
if errorlevel 1 set "MVN_CMD=%ROOT%\mvnw.cmd"

if "!BUILD!"=="1" (
  if "%MVN_CMD%"=="%ROOT%\mvnw.cmd" echo bglab: Maven ^('mvn'^) was not found; using the Maven wrapper, which downloads Maven once 1>&2
  echo bglab: building the jar with Maven ^(the first time takes a minute or two^)... 1>&2
  rem One line per module (Maven's "Building" lines) and its errors; a failed build leaves no jar.
  del "%JAR%" >nul 2>&1
  call "%MVN_CMD%" -B -f "%ROOT%\pom.xml" -pl lessons -am package -Dmaven.test.skip=true 2>&1 | findstr /r /c:"^\[INFO\] Building .*\[[0-9]*/[0-9]*\]" /c:"^\[ERROR\]" 1>&2
  if not exist "%JAR%" (
    echo bglab: the build failed ^(Maven's errors are above^) 1>&2
    exit /b 2
  )
  copy /b "%JAR%"+,, "%JAR%" >nul
)

"%JAVA_CMD%" -Djava.awt.headless=true %BGLAB_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
