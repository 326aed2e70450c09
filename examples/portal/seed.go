package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

// The made-up tỉnh Lam Sơn: the People's Committee decides the Bằng khen
// and the title "Chiến sĩ thi đua cấp tỉnh"; two departments propose. A
// portal has these in its own tables of organisations and users.
var (
	province = dossier.Unit{Code: "UBND-LS", Name: "Ủy ban nhân dân tỉnh Lam Sơn", Level: dossier.Province,
		Abbrev: "UBND", Head: "Chủ tịch Ủy ban nhân dân tỉnh Lam Sơn", Place: "Lam Sơn"}
	demoUnits = []dossier.Unit{
		{Code: "SGDDT", Name: "Sở Giáo dục và Đào tạo tỉnh Lam Sơn", Level: dossier.District,
			Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "SGDĐT", Head: "Giám đốc Sở Giáo dục và Đào tạo", Place: "Lam Sơn"},
		{Code: "SYT", Name: "Sở Y tế tỉnh Lam Sơn", Level: dossier.District,
			Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "SYT", Head: "Giám đốc Sở Y tế", Place: "Lam Sơn"},
	}
	// office is the Ban Thi đua - Khen thưởng, which appraises for the
	// People's Committee and signs the tờ trình kết quả thẩm định.
	office = dossier.Unit{Code: "BTDKT", Name: "Ban Thi đua - Khen thưởng", Level: dossier.Province,
		Parent: "Sở Nội vụ tỉnh Lam Sơn", Abbrev: "BTĐKT", Head: "Trưởng ban Ban Thi đua - Khen thưởng", Place: "Lam Sơn"}

	demoUsers = []struct {
		login, name string
		role        dossier.Role
		unit        string
	}{
		{"vt.sgddt", "Nguyễn Thị Mai", dossier.Proposer, "SGDDT"},
		{"vt.syt", "Đỗ Văn Khoa", dossier.Proposer, "SYT"},
		{"vt.ban", "Phan Thị Hạnh", dossier.OfficeClerk, "UBND-LS"},
		{"cv.ban", "Lê Minh Tuấn", dossier.Appraiser, "UBND-LS"},
		{"tk.hd", "Vũ Thị Ngọc", dossier.CouncilSecretary, "UBND-LS"},
		{"ct.ubnd", "Hoàng Văn Nam", dossier.Head, "UBND-LS"},
	}

	// The officers of the Ban (form 0605) and the Ban itself with its
	// rooms (form 0604).
	demoStaff = [][6]string{
		{"CB01", "Trịnh Văn Hòa", "1972-04-12", "nam", "thạc sĩ", "2004-09-01"},
		{"CB02", "Lê Minh Tuấn", "1988-10-03", "nam", "đại học", "2013-03-15"},
		{"CB03", "Phan Thị Hạnh", "1995-06-21", "nữ", "đại học", "2019-08-01"},
		{"CB04", "Vũ Thị Ngọc", "1983-01-30", "nữ", "thạc sĩ", "2010-05-04"},
	}
	demoOffices = [][3]string{
		{"BTDKT", "Ban Thi đua - Khen thưởng tỉnh Lam Sơn", "ban thuộc sở nội vụ"},
		{"BTDKT-NV1", "Phòng Nghiệp vụ Thi đua", "phòng thuộc ban"},
		{"BTDKT-NV2", "Phòng Nghiệp vụ Khen thưởng", "phòng thuộc ban"},
	}
)

// documentOptions are what the documents need that a dossier does not
// hold.
func documentOptions(ev *awards.Evaluator) dossierdocs.Options {
	return dossierdocs.Options{
		Basis:        []string{"Căn cứ Quyết định số 20/2024/QĐ-UBND ngày 15 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Lam Sơn ban hành Quy chế Thi đua, khen thưởng (văn bản giả định của ví dụ)"},
		Office:       office,
		OfficeSigner: report.Signature{For: "Trưởng ban", Name: "Trịnh Văn Hòa"},
		Council: dossierdocs.Council{Name: "Hội đồng Thi đua - Khen thưởng tỉnh Lam Sơn", Place: "Phòng họp số 1, Ủy ban nhân dân tỉnh",
			Time:      "14 giờ 00 phút",
			Chair:     dossierdocs.Member{Name: "Hoàng Văn Nam", Position: "Chủ tịch Ủy ban nhân dân tỉnh, Chủ tịch Hội đồng"},
			Secretary: dossierdocs.Member{Name: "Vũ Thị Ngọc", Position: "Phó Trưởng ban Ban Thi đua - Khen thưởng, Thư ký Hội đồng"}},
		Evaluator: ev,
	}
}

// seed creates the demo province on the first start (when there are no
// users) and returns the accounts with their passwords, which are random
// and printed once. It does nothing when there are users already.
func (s *Server) seed(ctx context.Context) ([]Account, error) {
	var accounts []Account
	err := s.db.write(ctx, func(tx *Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM users LIMIT 1`).Scan(&one)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		insert := func(u dossier.Unit, authority any) error {
			level, _ := u.Level.MarshalText()
			_, err := tx.ExecContext(ctx, `INSERT INTO units (code, name, level, parent, abbrev, head, place, authority)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, u.Code, u.Name, string(level), u.Parent, u.Abbrev, u.Head, u.Place, authority)
			return err
		}
		if err := insert(province, nil); err != nil {
			return err
		}
		for _, u := range demoUnits {
			if err := insert(u, province.Code); err != nil {
				return err
			}
		}
		now := timeText(s.now())
		for _, u := range demoUsers {
			password := newPassword()
			phc, err := s.cfg.Argon2id.hash(password)
			if err != nil {
				return err
			}
			role, _ := u.role.MarshalText()
			if _, err := tx.ExecContext(ctx, `INSERT INTO users (id, name, role, unit, password, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
				u.login, u.name, string(role), u.unit, phc, now); err != nil {
				return err
			}
			accounts = append(accounts, Account{Login: u.login, Password: password, Name: u.name, Role: u.role})
		}
		for _, st := range demoStaff {
			if _, err := tx.ExecContext(ctx, `INSERT INTO staff (id, name, born, sex, education, since) VALUES (?, ?, ?, ?, ?, ?)`,
				st[0], st[1], st[2], st[3], st[4], st[5]); err != nil {
				return err
			}
		}
		for _, o := range demoOffices {
			if _, err := tx.ExecContext(ctx, `INSERT INTO offices (id, name, kind) VALUES (?, ?, ?)`, o[0], o[1], o[2]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("portal: seed: %w", err)
	}
	return accounts, nil
}

// newPassword returns a random password: 26 letters and digits of
// base32, 128 bits (crypto/rand.Text).
func newPassword() string { return rand.Text() }
