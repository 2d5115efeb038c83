// Holds the embedded .qm files (see CMakeLists.txt); nothing to run here.
