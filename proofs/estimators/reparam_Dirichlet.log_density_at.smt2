; certjax: rule estimators.reparam_Dirichlet, obligation 'log_density_at', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |concentration[1]| () Real)
(declare-fun |concentration[0]| () Real)
(declare-fun |concentration[2]| () Real)
(declare-fun lgamma!44 () Real)
(declare-fun lgamma!27 () Real)
(declare-fun lgamma!21 () Real)
(declare-fun lgamma!35 () Real)
(declare-fun log!17 () Real)
(declare-fun log!32 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (let (($x11 (< 0.0 |concentration[1]|)))
 (let (($x9 (< 0.0 |concentration[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |concentration[2]|)))
 (and $x7 $x12))))))
(assert
 true)
(assert
 (let ((?x16 (to_real (to_int |concentration[0]|))))
 (let (($x19 (= ?x16 |concentration[0]|)))
 (let (($x15 (>= 0.0 |concentration[0]|)))
 (let (($x18 (and $x15 $x19)))
 (not $x18))))))
(assert
 (let ((?x22 (to_real (to_int |concentration[1]|))))
 (let (($x25 (= ?x22 |concentration[1]|)))
 (let (($x21 (>= 0.0 |concentration[1]|)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 true)
(assert
 (let ((?x28 (to_real (to_int |concentration[2]|))))
 (let (($x31 (= ?x28 |concentration[2]|)))
 (let (($x27 (>= 0.0 |concentration[2]|)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x33 (+ |concentration[2]| ?x32)))
 (let ((?x36 (to_real (to_int ?x33))))
 (let (($x39 (= ?x36 ?x33)))
 (let (($x35 (>= 0.0 ?x33)))
 (let (($x38 (and $x35 $x39)))
 (not $x38))))))))
(assert
 (let ((?x128 (- lgamma!44)))
 (let ((?x129 (+ (- 1.0) ?x128)))
 (let ((?x130 (- ?x129)))
 (let ((?x122 (+ lgamma!21 lgamma!27)))
 (let ((?x123 (+ lgamma!35 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x61 (+ |concentration[1]| (- 1.0))))
 (let ((?x62 (* log!17 ?x61)))
 (let ((?x41 (+ |concentration[0]| (- 1.0))))
 (let ((?x55 (* ?x41 log!17)))
 (let ((?x106 (+ ?x55 ?x62)))
 (let ((?x73 (+ |concentration[2]| (- 1.0))))
 (let ((?x92 (* ?x73 log!32)))
 (let ((?x107 (+ ?x92 ?x106)))
 (let ((?x121 (+ ?x107 lgamma!44)))
 (let ((?x125 (+ ?x121 ?x124)))
 (let ((?x126 (- ?x125)))
 (let ((?x103 (- lgamma!35)))
 (let ((?x93 (+ (- (/ 1.0 2.0)) ?x92)))
 (let ((?x104 (+ ?x93 ?x103)))
 (let ((?x69 (- lgamma!27)))
 (let ((?x63 (+ (- (/ 1.0 4.0)) ?x62)))
 (let ((?x70 (+ ?x63 ?x69)))
 (let ((?x59 (- lgamma!21)))
 (let ((?x57 (+ ?x55 (- (/ 1.0 4.0)))))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x71 (+ ?x60 ?x70)))
 (let ((?x105 (+ ?x71 ?x104)))
 (let ((?x127 (+ ?x105 ?x126)))
 (let ((?x131 (+ ?x127 ?x130)))
 (or (and (distinct 0.0 ?x131) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> (/ 1.0 4.0) 0.0) (= (/ 1.0 4.0) exp!1)))
(assert
 (=> (and (= |concentration[1]| |concentration[0]|)) (= lgamma!27 lgamma!21)))
(assert
 (= (< log!32 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!32) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!32 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!32)))
(assert
 (=> (> (/ 1.0 2.0) 0.0) (= (/ 1.0 2.0) exp!2)))
(assert
 (=> (and (= |concentration[2]| |concentration[0]|)) (= lgamma!35 lgamma!21)))
(assert
 (=> (and (= |concentration[2]| |concentration[1]|)) (= lgamma!35 lgamma!27)))
(assert
 (let ((?x32 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x33 (+ |concentration[2]| ?x32)))
 (=> (and (= ?x33 |concentration[0]|)) (= lgamma!44 lgamma!21)))))
(assert
 (let ((?x32 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x33 (+ |concentration[2]| ?x32)))
 (=> (and (= ?x33 |concentration[1]|)) (= lgamma!44 lgamma!27)))))
(assert
 (let ((?x32 (+ |concentration[0]| |concentration[1]|)))
(let ((?x33 (+ |concentration[2]| ?x32)))
(=> (and (= ?x33 |concentration[2]|)) (= lgamma!44 lgamma!35)))))
(check-sat)
(pop 1)
