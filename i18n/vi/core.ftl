# Lỗi của hệ điều hành (kèm lời của hệ thống trong ngoặc).
io-not-found = không tìm thấy tệp ({ $system })
io-permission-denied = không có quyền truy cập ({ $system })
io-already-exists = tệp đã có ({ $system })
io-is-a-directory = đây là thư mục, không phải tệp ({ $system })
io-not-a-directory = không phải thư mục ({ $system })
io-storage-full = ổ đĩa đã đầy ({ $system })
io-read-only = ổ đĩa chỉ cho đọc ({ $system })
io-invalid-data = dữ liệu không hợp lệ ({ $system })
io-unexpected-eof = tệp kết thúc giữa chừng ({ $system })

# Cách in một vấn đề của tệp đầu vào.
diagnostic-error = lỗi
diagnostic-warning = cảnh báo
diagnostic-expected = cần: { $expected }
diagnostic-hint = gợi ý: { $hint }
diagnostics-not-shown = … và { $count } vấn đề khác không in ra
diagnostics-summary = { $errors } lỗi, { $warnings } cảnh báo

# Lỗi khi đọc, ghi tệp.
error-read = không đọc được { $path }: { $reason }
error-write = không ghi được { $path }: { $reason }
error-held-open = Tệp { $path } đang được mở trong Excel hoặc chương trình khác; hãy đóng tệp rồi chạy lại
error-workbook = không tạo được bảng tính { $path }: { $reason }
error-unknown-framework = không có tệp bộ tiêu chí hay bộ tiêu chí có sẵn nào tên "{ $name }"; các bộ có sẵn: { $known }

# Chương trình chính.
main-stdout-failed = lỗi: không ghi được ra màn hình (đầu ra chuẩn): { $reason }
main-warnings-denied = lỗi: có cảnh báo mà --deny-warnings không cho phép
main-seal-broken = lỗi: niêm phong không khớp
