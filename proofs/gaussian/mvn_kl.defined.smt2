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
 (let (($x57 (= 0.0 |sigma[2]|)))
 (not $x57)))
(assert
 (let (($x58 (= 0.0 |sigma[0]|)))
 (not $x58)))
(assert
 (let (($x59 (= 0.0 |sigma[1]|)))
 (not $x59)))
(assert
 (let (($x58 (= 0.0 |sigma[0]|)))
 (not $x58)))
(assert
 (let (($x59 (= 0.0 |sigma[1]|)))
 (not $x59)))
(assert
 (let (($x57 (= 0.0 |sigma[2]|)))
 (not $x57)))
(assert
 (let (($x57 (= 0.0 |sigma[2]|)))
(let (($x56 (not $x57)))
(let (($x59 (= 0.0 |sigma[1]|)))
(let (($x8 (not $x59)))
(let (($x58 (= 0.0 |sigma[0]|)))
(let (($x10 (not $x58)))
(let (($x37 (< 0.0 |sigma[1]|)))
(let (($x35 (< 0.0 |sigma[0]|)))
(let (($x38 (< 0.0 |sigma[2]|)))
(not (and $x38 $x35 $x37 $x10 $x8 $x56))))))))))))
(check-sat)
(pop 1)
