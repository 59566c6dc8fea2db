# marsad_module(NAME DEPS ...): builds src/NAME/*.cc (but *_test.cc and main.cc) into the
# static library marsad_NAME, and src/NAME/*_test.cc into the GoogleTest binary NAME_test.
function(marsad_module name)
  cmake_parse_arguments(M "" "" "DEPS" ${ARGN})
  set(dir ${CMAKE_CURRENT_SOURCE_DIR}/src/${name})
  file(GLOB all_sources CONFIGURE_DEPENDS ${dir}/*.cc)
  file(GLOB test_sources CONFIGURE_DEPENDS ${dir}/*_test.cc)
  set(lib_sources ${all_sources})
  if(test_sources)
    list(REMOVE_ITEM lib_sources ${test_sources})
  endif()
  list(REMOVE_ITEM lib_sources ${dir}/main.cc)
  if(NOT lib_sources)
    set(lib_sources ${CMAKE_CURRENT_SOURCE_DIR}/cmake/empty.cc)
  endif()
  add_library(marsad_${name} STATIC ${lib_sources})
  target_include_directories(marsad_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(marsad_${name} PUBLIC ${M_DEPS})
  if(MARSAD_TESTS AND test_sources)
    add_executable(${name}_test ${test_sources})
    target_link_libraries(${name}_test PRIVATE marsad_${name} GTest::gtest GTest::gtest_main GTest::gmock)
    gtest_discover_tests(${name}_test
      WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
      PROPERTIES ENVIRONMENT "MARSAD_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data" SKIP_REGULAR_EXPRESSION "\\[  SKIPPED \\]"
      DISCOVERY_TIMEOUT 60)
  endif()
endfunction()
