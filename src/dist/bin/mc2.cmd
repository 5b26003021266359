@echo off
rem mc2 launcher of the distribution archive on Windows: needs only a Java 17 runtime (java on the
rem PATH, or JAVA_HOME). Finds clauses\ and profiles\ beside its own bin\ folder.
setlocal
set "MC2_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewSize=256m -Xmx448m -XX:-UsePerfData -Xss4m -Xlog:disable -Xlog:all=off "-Dmc2.home=%MC2_HOME%" -jar "%MC2_HOME%\lib\mc2.jar" %*
exit /b %ERRORLEVEL%
