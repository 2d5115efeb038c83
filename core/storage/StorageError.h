#pragma once
// What can go wrong with a workspace file, in words a user can act on. Storage returns these;
// it never shows a dialog or exits.

#include <QString>

namespace sbr::storage {

struct StorageError {
    enum class Kind {
        None,
        NotFound,      ///< no file at the path
        AlreadyExists, ///< create/demo would overwrite a file
        NotAWorkspace, ///< empty, random bytes, not SQLite
        Foreign,       ///< an SQLite database of another program
        Corrupt,       ///< damaged or truncated
        NewerVersion,  ///< written by a newer version of the program
        Locked,        ///< another program holds the file
        Conflict,      ///< the data changed under us (unique names, dates)
        Io,            ///< cannot read or write the file
        Cancelled,     ///< the user stopped it; nothing was written
    };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace sbr::storage
