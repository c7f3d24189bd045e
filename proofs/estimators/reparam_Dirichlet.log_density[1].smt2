; certjax: rule estimators.reparam_Dirichlet, obligation 'log_density[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun |concentration[0]| () Real)
(assert
 (< 0.0 |concentration[0]|))
(assert
 (or false))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun |concentration[2]| () Real)
(declare-fun |concentration[1]| () Real)
(declare-fun |u[0]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun s () Real)
(assert
 (< 0.0 |concentration[2]|))
(assert
 (< 0.0 |concentration[1]|))
(assert
 (< 0.0 |u[0]|))
(assert
 (< 0.0 |u[1]|))
(assert
 (let ((?x14 (+ |u[0]| |u[1]|)))
 (> 1.0 ?x14)))
(assert
 (< 0.0 s))
(assert
 (let ((?x19 (* |u[0]| s)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22))))
(assert
 (let ((?x14 (+ |u[0]| |u[1]|)))
 (let ((?x20 (- ?x14)))
 (let ((?x23 (+ 1.0 ?x20)))
 (let ((?x24 (* s ?x23)))
 (let (($x27 (= 0.0 ?x24)))
 (not $x27)))))))
(assert
 (let (($x29 (= 0.0 |u[0]|)))
 (not $x29)))
(assert
 (let ((?x14 (+ |u[0]| |u[1]|)))
 (let ((?x20 (- ?x14)))
 (let ((?x23 (+ 1.0 ?x20)))
 (let (($x31 (= 0.0 ?x23)))
 (not $x31))))))
(assert
 (let ((?x25 (* |u[1]| s)))
 (let (($x34 (= 0.0 ?x25)))
 (not $x34))))
(assert
 (let (($x36 (= 0.0 |u[1]|)))
 (not $x36)))
(assert
 (let ((?x19 (* |u[0]| s)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22))))
(assert
 (let ((?x25 (* |u[1]| s)))
 (let (($x34 (= 0.0 ?x25)))
 (not $x34))))
(assert
 (let ((?x14 (+ |u[0]| |u[1]|)))
 (let ((?x20 (- ?x14)))
 (let ((?x23 (+ 1.0 ?x20)))
 (let ((?x24 (* s ?x23)))
 (let (($x27 (= 0.0 ?x24)))
 (not $x27)))))))
(assert
 (let (($x38 (= 0.0 s)))
 (not $x38)))
(assert
 (let ((?x51 (/ 1.0 |u[1]|)))
(let ((?x44 (+ |concentration[1]| (- 1.0))))
(let ((?x52 (* ?x44 ?x51)))
(let ((?x14 (+ |u[0]| |u[1]|)))
(let ((?x20 (- ?x14)))
(let ((?x23 (+ 1.0 ?x20)))
(let ((?x49 (/ (- 1.0) ?x23)))
(let ((?x39 (+ |concentration[2]| (- 1.0))))
(let ((?x50 (* ?x39 ?x49)))
(let ((?x53 (+ ?x50 ?x52)))
(let ((?x54 (- ?x53)))
(let ((?x25 (* |u[1]| s)))
(let ((?x45 (/ s ?x25)))
(let ((?x46 (* ?x44 ?x45)))
(let ((?x40 (- s)))
(let ((?x47 (+ ?x40 ?x46)))
(let ((?x24 (* s ?x23)))
(let ((?x41 (/ ?x40 ?x24)))
(let ((?x42 (* ?x39 ?x41)))
(let ((?x43 (+ s ?x42)))
(let ((?x48 (+ ?x43 ?x47)))
(let ((?x55 (+ ?x48 ?x54)))
(or (and (distinct 0.0 ?x55) true)))))))))))))))))))))))))
(check-sat)
(pop 1)
