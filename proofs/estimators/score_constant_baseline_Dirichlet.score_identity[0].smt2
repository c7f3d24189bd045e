; certjax: rule estimators.score_constant_baseline_Dirichlet, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |z[1]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |z[2]| () Real)
(declare-fun |concentration[1]| () Real)
(declare-fun |concentration[0]| () Real)
(declare-fun |concentration[2]| () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun digamma!49 () Real)
(declare-fun digamma!48 () Real)
(declare-fun digamma!50 () Real)
(declare-fun log!28 () Real)
(declare-fun log!27 () Real)
(declare-fun log!29 () Real)
(declare-fun digamma!47 () Real)
(declare-fun exp!10 () Real)
(declare-fun exp!9 () Real)
(declare-fun exp!8 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun lgamma!37 () Real)
(declare-fun lgamma!39 () Real)
(declare-fun lgamma!40 () Real)
(declare-fun lgamma!41 () Real)
(assert
 (let ((?x22 (+ |z[0]| |z[1]|)))
 (let ((?x23 (+ |z[2]| ?x22)))
 (let (($x27 (= 1.0 ?x23)))
 (let (($x19 (< 0.0 |z[1]|)))
 (let (($x17 (< 0.0 |z[0]|)))
 (let (($x20 (and $x17 $x19)))
 (let (($x15 (< 0.0 |z[2]|)))
 (let (($x21 (and $x15 $x20)))
 (let (($x26 (and $x21 $x27)))
 (let (($x11 (< 0.0 |concentration[1]|)))
 (let (($x9 (< 0.0 |concentration[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |concentration[2]|)))
 (let (($x13 (and $x7 $x12)))
 (and $x13 $x26))))))))))))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x150 (- b)))
 (let ((?x508 (+ f ?x150)))
 (let ((?x502 (* digamma!49 0.0)))
 (let ((?x503 (+ digamma!48 ?x502)))
 (let ((?x492 (* digamma!50 0.0)))
 (let ((?x504 (+ ?x492 ?x503)))
 (let ((?x505 (- ?x504)))
 (let ((?x483 (* log!28 0.0)))
 (let ((?x484 (+ log!27 ?x483)))
 (let ((?x482 (* log!29 0.0)))
 (let ((?x485 (+ ?x482 ?x484)))
 (let ((?x486 (+ digamma!47 ?x485)))
 (let ((?x506 (+ ?x486 ?x505)))
 (let ((?x265 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x309 (/ ?x265 exp!7)))
 (let ((?x480 (* (* (* ?x309 exp!8) exp!9) exp!10)))
 (let ((?x507 (* ?x480 ?x506)))
 (let ((?x509 (* ?x507 ?x508)))
 (let ((?x153 (* f 1.0)))
 (let ((?x151 (* 1.0 ?x150)))
 (let ((?x154 (+ ?x151 ?x153)))
 (let ((?x165 (* log!27 ?x154)))
 (let ((?x163 (* digamma!47 ?x154)))
 (let ((?x155 (- ?x154)))
 (let ((?x157 (* digamma!48 ?x155)))
 (let ((?x164 (+ ?x157 ?x163)))
 (let ((?x166 (+ ?x164 ?x165)))
 (let ((?x481 (* ?x480 ?x166)))
 (or (and (distinct ?x481 ?x509) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!29 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!29)))
(assert
 (=> (> |z[2]| 0.0) (= exp!1 |z[2]|)))
(assert
 (= (< log!27 log!29) (< exp!2 exp!1)))
(assert
 (= (< log!29 log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (=> (> |z[0]| 0.0) (= exp!2 |z[0]|)))
(assert
 (= (< log!28 log!29) (< exp!3 exp!1)))
(assert
 (= (< log!29 log!28) (< exp!1 exp!3)))
(assert
 (= (< log!28 log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 log!28) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!28 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!28)))
(assert
 (=> (> |z[1]| 0.0) (= exp!3 |z[1]|)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= |concentration[0]| ?x29)) (= lgamma!39 lgamma!37)))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= lgamma!40 lgamma!37))))))
(assert
 (let (($x127 (and (= |concentration[1]| |concentration[0]|))))
 (=> $x127 (= lgamma!40 lgamma!39))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x133 (and (= |concentration[2]| ?x29))))
 (=> $x133 (= lgamma!41 lgamma!37))))))
(assert
 (let (($x137 (and (= |concentration[2]| |concentration[0]|))))
 (=> $x137 (= lgamma!41 lgamma!39))))
(assert
 (=> (and (= |concentration[2]| |concentration[1]|)) (= lgamma!41 lgamma!40)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= ?x29 |concentration[0]|)) (= digamma!47 digamma!48)))))
(assert
 (= (< lgamma!37 log!29) (< exp!4 exp!1)))
(assert
 (= (< log!29 lgamma!37) (< exp!1 exp!4)))
(assert
 (= (< lgamma!37 log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 lgamma!37) (< exp!2 exp!4)))
(assert
 (= (< lgamma!37 log!28) (< exp!4 exp!3)))
(assert
 (= (< log!28 lgamma!37) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!37 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!37)))
(assert
 (= (< lgamma!41 log!29) (< exp!5 exp!1)))
(assert
 (= (< log!29 lgamma!41) (< exp!1 exp!5)))
(assert
 (= (< lgamma!41 log!27) (< exp!5 exp!2)))
(assert
 (= (< log!27 lgamma!41) (< exp!2 exp!5)))
(assert
 (= (< lgamma!41 log!28) (< exp!5 exp!3)))
(assert
 (= (< log!28 lgamma!41) (< exp!3 exp!5)))
(assert
 (= (< lgamma!41 lgamma!37) (< exp!5 exp!4)))
(assert
 (= (< lgamma!37 lgamma!41) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!41 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!41)))
(assert
 (= (< lgamma!39 log!29) (< exp!6 exp!1)))
(assert
 (= (< log!29 lgamma!39) (< exp!1 exp!6)))
(assert
 (= (< lgamma!39 log!27) (< exp!6 exp!2)))
(assert
 (= (< log!27 lgamma!39) (< exp!2 exp!6)))
(assert
 (= (< lgamma!39 log!28) (< exp!6 exp!3)))
(assert
 (= (< log!28 lgamma!39) (< exp!3 exp!6)))
(assert
 (= (< lgamma!39 lgamma!37) (< exp!6 exp!4)))
(assert
 (= (< lgamma!37 lgamma!39) (< exp!4 exp!6)))
(assert
 (= (< lgamma!39 lgamma!41) (< exp!6 exp!5)))
(assert
 (= (< lgamma!41 lgamma!39) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> lgamma!39 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 lgamma!39)))
(assert
 (= (< lgamma!40 log!29) (< exp!7 exp!1)))
(assert
 (= (< log!29 lgamma!40) (< exp!1 exp!7)))
(assert
 (= (< lgamma!40 log!27) (< exp!7 exp!2)))
(assert
 (= (< log!27 lgamma!40) (< exp!2 exp!7)))
(assert
 (= (< lgamma!40 log!28) (< exp!7 exp!3)))
(assert
 (= (< log!28 lgamma!40) (< exp!3 exp!7)))
(assert
 (= (< lgamma!40 lgamma!37) (< exp!7 exp!4)))
(assert
 (= (< lgamma!37 lgamma!40) (< exp!4 exp!7)))
(assert
 (= (< lgamma!40 lgamma!41) (< exp!7 exp!5)))
(assert
 (= (< lgamma!41 lgamma!40) (< exp!5 exp!7)))
(assert
 (= (< lgamma!40 lgamma!39) (< exp!7 exp!6)))
(assert
 (= (< lgamma!39 lgamma!40) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> lgamma!40 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 lgamma!40)))
(assert
 (= (< (* |concentration[2]| log!29) log!29) (< exp!8 exp!1)))
(assert
 (= (< log!29 (* |concentration[2]| log!29)) (< exp!1 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) log!27) (< exp!8 exp!2)))
(assert
 (= (< log!27 (* |concentration[2]| log!29)) (< exp!2 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) log!28) (< exp!8 exp!3)))
(assert
 (= (< log!28 (* |concentration[2]| log!29)) (< exp!3 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!37) (< exp!8 exp!4)))
(assert
 (= (< lgamma!37 (* |concentration[2]| log!29)) (< exp!4 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!41) (< exp!8 exp!5)))
(assert
 (= (< lgamma!41 (* |concentration[2]| log!29)) (< exp!5 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!39) (< exp!8 exp!6)))
(assert
 (= (< lgamma!39 (* |concentration[2]| log!29)) (< exp!6 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!40) (< exp!8 exp!7)))
(assert
 (= (< lgamma!40 (* |concentration[2]| log!29)) (< exp!7 exp!8)))
(assert
 (> exp!8 0.0))
(assert
 (= (> (* |concentration[2]| log!29) 0.0) (> exp!8 1.0)))
(assert
 (>= exp!8 (+ 1.0 (* |concentration[2]| log!29))))
(assert
 (= (< (* |concentration[0]| log!27) log!29) (< exp!9 exp!1)))
(assert
 (= (< log!29 (* |concentration[0]| log!27)) (< exp!1 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) log!27) (< exp!9 exp!2)))
(assert
 (= (< log!27 (* |concentration[0]| log!27)) (< exp!2 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) log!28) (< exp!9 exp!3)))
(assert
 (= (< log!28 (* |concentration[0]| log!27)) (< exp!3 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!37) (< exp!9 exp!4)))
(assert
 (= (< lgamma!37 (* |concentration[0]| log!27)) (< exp!4 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!41) (< exp!9 exp!5)))
(assert
 (= (< lgamma!41 (* |concentration[0]| log!27)) (< exp!5 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!39) (< exp!9 exp!6)))
(assert
 (= (< lgamma!39 (* |concentration[0]| log!27)) (< exp!6 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!40) (< exp!9 exp!7)))
(assert
 (= (< lgamma!40 (* |concentration[0]| log!27)) (< exp!7 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) (* |concentration[2]| log!29)) (< exp!9 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) (* |concentration[0]| log!27)) (< exp!8 exp!9)))
(assert
 (> exp!9 0.0))
(assert
 (= (> (* |concentration[0]| log!27) 0.0) (> exp!9 1.0)))
(assert
 (>= exp!9 (+ 1.0 (* |concentration[0]| log!27))))
(assert
 (= (< (* |concentration[1]| log!28) log!29) (< exp!10 exp!1)))
(assert
 (= (< log!29 (* |concentration[1]| log!28)) (< exp!1 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) log!27) (< exp!10 exp!2)))
(assert
 (= (< log!27 (* |concentration[1]| log!28)) (< exp!2 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) log!28) (< exp!10 exp!3)))
(assert
 (= (< log!28 (* |concentration[1]| log!28)) (< exp!3 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!37) (< exp!10 exp!4)))
(assert
 (= (< lgamma!37 (* |concentration[1]| log!28)) (< exp!4 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!41) (< exp!10 exp!5)))
(assert
 (= (< lgamma!41 (* |concentration[1]| log!28)) (< exp!5 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!39) (< exp!10 exp!6)))
(assert
 (= (< lgamma!39 (* |concentration[1]| log!28)) (< exp!6 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!40) (< exp!10 exp!7)))
(assert
 (= (< lgamma!40 (* |concentration[1]| log!28)) (< exp!7 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) (* |concentration[2]| log!29)) (< exp!10 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) (* |concentration[1]| log!28)) (< exp!8 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) (* |concentration[0]| log!27)) (< exp!10 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) (* |concentration[1]| log!28)) (< exp!9 exp!10)))
(assert
 (> exp!10 0.0))
(assert
 (= (> (* |concentration[1]| log!28) 0.0) (> exp!10 1.0)))
(assert
 (>= exp!10 (+ 1.0 (* |concentration[1]| log!28))))
(assert
 (let (($x137 (and (= |concentration[2]| |concentration[0]|))))
 (=> $x137 (= digamma!50 digamma!48))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x133 (and (= |concentration[2]| ?x29))))
 (=> $x133 (= digamma!50 digamma!47))))))
(assert
 (let (($x127 (and (= |concentration[1]| |concentration[0]|))))
 (=> $x127 (= digamma!49 digamma!48))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= digamma!49 digamma!47))))))
(assert
 (=> (and (= |concentration[1]| |concentration[2]|)) (= digamma!49 digamma!50)))
(check-sat)
(pop 1)
