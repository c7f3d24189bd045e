; certjax: rule estimators.score_constant_baseline_Dirichlet, obligation 'defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun |concentration[2]| () Real)
(declare-fun |concentration[0]| () Real)
(declare-fun |concentration[1]| () Real)
(assert
 (< 0.0 |concentration[2]|))
(assert
 (< 0.0 |concentration[0]|))
(assert
 (< 0.0 |concentration[1]|))
(assert
 (let ((?x12 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x13 (+ |concentration[2]| ?x12)))
 (let ((?x16 (to_real (to_int ?x13))))
 (let (($x19 (= ?x16 ?x13)))
 (let (($x15 (>= 0.0 ?x13)))
 (let (($x18 (and $x15 $x19)))
 (not $x18))))))))
(assert
 (let ((?x22 (to_real (to_int |concentration[2]|))))
 (let (($x25 (= ?x22 |concentration[2]|)))
 (let (($x21 (>= 0.0 |concentration[2]|)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int |concentration[0]|))))
 (let (($x31 (= ?x28 |concentration[0]|)))
 (let (($x27 (>= 0.0 |concentration[0]|)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x34 (to_real (to_int |concentration[1]|))))
 (let (($x37 (= ?x34 |concentration[1]|)))
 (let (($x33 (>= 0.0 |concentration[1]|)))
 (let (($x36 (and $x33 $x37)))
 (not $x36))))))
(assert
 (let ((?x12 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x13 (+ |concentration[2]| ?x12)))
 (let ((?x16 (to_real (to_int ?x13))))
 (let (($x19 (= ?x16 ?x13)))
 (let (($x15 (>= 0.0 ?x13)))
 (let (($x18 (and $x15 $x19)))
 (not $x18))))))))
(assert
 (let ((?x28 (to_real (to_int |concentration[0]|))))
 (let (($x31 (= ?x28 |concentration[0]|)))
 (let (($x27 (>= 0.0 |concentration[0]|)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x34 (to_real (to_int |concentration[1]|))))
 (let (($x37 (= ?x34 |concentration[1]|)))
 (let (($x33 (>= 0.0 |concentration[1]|)))
 (let (($x36 (and $x33 $x37)))
 (not $x36))))))
(assert
 (let ((?x22 (to_real (to_int |concentration[2]|))))
 (let (($x25 (= ?x22 |concentration[2]|)))
 (let (($x21 (>= 0.0 |concentration[2]|)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x22 (to_real (to_int |concentration[2]|))))
(let (($x25 (= ?x22 |concentration[2]|)))
(let (($x21 (>= 0.0 |concentration[2]|)))
(let (($x24 (and $x21 $x25)))
(let (($x23 (not $x24)))
(let ((?x34 (to_real (to_int |concentration[1]|))))
(let (($x37 (= ?x34 |concentration[1]|)))
(let (($x33 (>= 0.0 |concentration[1]|)))
(let (($x36 (and $x33 $x37)))
(let (($x35 (not $x36)))
(let ((?x12 (+ |concentration[0]| |concentration[1]|)))
(let ((?x13 (+ |concentration[2]| ?x12)))
(let ((?x16 (to_real (to_int ?x13))))
(let (($x19 (= ?x16 ?x13)))
(let (($x15 (>= 0.0 ?x13)))
(let (($x18 (and $x15 $x19)))
(let (($x17 (not $x18)))
(let ((?x28 (to_real (to_int |concentration[0]|))))
(let (($x31 (= ?x28 |concentration[0]|)))
(let (($x27 (>= 0.0 |concentration[0]|)))
(let (($x30 (and $x27 $x31)))
(let (($x29 (not $x30)))
(not (and $x17 $x23 $x29 $x35 $x29 $x17 $x35 $x23)))))))))))))))))))))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun |z[2]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |z[1]| () Real)
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x12 (+ |z[0]| |z[1]|)))
 (let ((?x13 (+ |z[2]| ?x12)))
 (= 1.0 ?x13))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (not (and (< 0.0 |z[2]|) (< 0.0 |z[0]|) (< 0.0 |z[1]|))))
(check-sat)
(pop 1)
