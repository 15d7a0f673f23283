; Inno Setup script: dist\Prewire-VERSION-setup.exe from the bundle in dist\prewire.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\prewire.iss
;
; (the release workflow passes the version from pyproject.toml). Installs for the current
; user without administrator rights, or for everyone when run as administrator; adds a
; Start menu entry, opens *.prewire workspaces by double-click, and offers Prewire under
; "Open with" for .json files, where meeting packages (*.prewire.json) are found: Windows
; associates only a name's last extension, so Prewire does not take over every .json file.
; Uninstalling removes the program and its registry entries; the user's workspaces and
; preferences, under %LOCALAPPDATA%\Prewire, stay.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\prewire.iss
#endif

[Setup]
AppId={{1FF7AF01-E289-40B2-81F1-CDE3F9659909}
AppName=Prewire
AppVersion={#AppVersion}
AppPublisher=Prewire
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Prewire
DefaultGroupName=Prewire
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\icons\prewire.ico
UninstallDisplayIcon={app}\prewire.exe
OutputDir=..\..\dist
OutputBaseFilename=Prewire-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\prewire\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Prewire"; Filename: "{app}\prewire.exe"

[Registry]
; workspaces: *.prewire opens in Prewire
Root: HKA; Subkey: "Software\Classes\.prewire"; ValueType: string; ValueName: ""; ValueData: "Prewire.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Prewire.Workspace"; ValueType: string; ValueName: ""; ValueData: "Prewire workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Prewire.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\prewire.exe,0"
Root: HKA; Subkey: "Software\Classes\Prewire.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\prewire.exe"" ""%1"""
; packages: Prewire under "Open with" for .json (it imports *.prewire.json after asking)
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Prewire.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Prewire.Package"; ValueType: string; ValueName: ""; ValueData: "Prewire meeting package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Prewire.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\prewire.exe"" ""%1"""
; "prewire.exe" by name from Run and from other programs
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\prewire.exe"; ValueType: string; ValueName: ""; ValueData: "{app}\prewire.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\prewire.exe"; Description: "{cm:LaunchProgram,Prewire}"; Flags: nowait postinstall skipifsilent
