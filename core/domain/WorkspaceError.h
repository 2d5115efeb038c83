#pragma once
// What can go wrong with a workspace, in words a user can act on. Storage and the session
// return these; they never show a dialog or exit.

#include <QString>

namespace sbr {

struct WorkspaceError {
    enum class Kind {
        None,
        NotFound,       ///< no file at the path
        AlreadyExists,  ///< create/demo would overwrite a file
        NotAWorkspace,  ///< empty, random bytes, not SQLite
        Foreign,        ///< an SQLite database of another program
        Corrupt,        ///< damaged or truncated
        NewerVersion,   ///< written by a newer version of the program
        Locked,         ///< another program holds the file
        Conflict,       ///< the data changed under us (unique names, dates)
        Io,             ///< cannot read or write the file
        Cancelled,      ///< the user stopped it; nothing was written
        ReadOnly,       ///< the workspace was opened for reading only
        Invalid,        ///< the input itself is wrong (a threshold out of range, …)
        OpenElsewhere,  ///< another window of the program has the workspace open for editing
        PasswordNeeded, ///< a team workspace's server asks for a password and none is known
        PasswordWrong,  ///< a team workspace's server refused the password
    };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace sbr
