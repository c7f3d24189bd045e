; certjax: rule gaussian.mvn_kl, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |sigma[0]| () Real)
(declare-fun |sigma[1]| () Real)
(declare-fun |sigma[2]| () Real)
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (let (($x14 (= 0.0 |sigma[2]|)))
 (not $x14)))
(assert
 (let (($x16 (= 0.0 |sigma[0]|)))
 (not $x16)))
(assert
 (let (($x18 (= 0.0 |sigma[1]|)))
 (not $x18)))
(assert
 (let (($x16 (= 0.0 |sigma[0]|)))
 (not $x16)))
(assert
 (let (($x18 (= 0.0 |sigma[1]|)))
 (not $x18)))
(assert
 (let (($x14 (= 0.0 |sigma[2]|)))
 (not $x14)))
(assert
 (let (($x14 (= 0.0 |sigma[2]|)))
(let (($x13 (not $x14)))
(let (($x18 (= 0.0 |sigma[1]|)))
(let (($x17 (not $x18)))
(let (($x16 (= 0.0 |sigma[0]|)))
(let (($x15 (not $x16)))
(let (($x9 (< 0.0 |sigma[1]|)))
(let (($x7 (< 0.0 |sigma[0]|)))
(let (($x11 (< 0.0 |sigma[2]|)))
(not (and $x11 $x7 $x9 $x15 $x17 $x13))))))))))))
(check-sat)
(pop 1)
